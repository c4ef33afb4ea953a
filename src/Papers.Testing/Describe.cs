namespace Papers.Testing;

/// <summary>
/// How messages name a paper: short name and where it stands. What it returns is passed to FluentAssertions as an
/// argument, never spliced into the format string, so a title with <c>{</c>, <c>}</c> or <c>{reason}</c> reads as
/// written.
/// </summary>
internal static class Describe
{
    public static Verbatim Paper(Paper? paper) => new(paper is null ? "<null>" : $"\"{paper.ShortName}\" ({paper.Source})");
}

/// <summary>Text a message shows as it is (FluentAssertions prints an object by its <c>ToString</c>, without quotes).</summary>
internal sealed class Verbatim(string text)
{
    public override string ToString() => text;
}
