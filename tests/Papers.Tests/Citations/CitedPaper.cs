namespace Papers.Tests.Citations;

/// <summary>One hand-made paper, parsed from a digest as a user's would be, for the citation tests.</summary>
internal static class CitedPaper
{
    /// <summary>A paper with an optional metadata block (<c>Authors:</c>, <c>Published:</c>, …) under the given date line.</summary>
    public static Paper From(string title, string? metadata = null, string date = "2024-03-05")
    {
        string block = string.IsNullOrEmpty(metadata) ? string.Empty : metadata + "\n\n";
        DigestLoadResult result = DigestLoader.Parse($"{date}\n\n{title}\n\n{block}An abstract.\n", "cite.txt");
        result.Diagnostics.Should().BeEmpty();
        return result.Papers.Single();
    }

    /// <summary>A paper with these authors, publication date and further metadata lines, in a digest without a year.</summary>
    public static Paper With(string title, string? authors = null, string? published = null, string? more = null) =>
        From(title, string.Join('\n', new[] { authors is null ? null : "Authors: " + authors, published is null ? null : "Published: " + published, more }.Where(l => l is not null)), "Mar 11");
}
