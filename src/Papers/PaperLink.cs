namespace Papers;

/// <summary>A link found in a paper's abstract, cleaned of trailing punctuation and classified.</summary>
/// <param name="Url">The absolute URL as written, without trailing sentence punctuation or TeX leftovers.</param>
/// <param name="Kind">What the link points at.</param>
public sealed record PaperLink(string Url, LinkKind Kind)
{
    /// <inheritdoc/>
    public override string ToString() => Url;
}
