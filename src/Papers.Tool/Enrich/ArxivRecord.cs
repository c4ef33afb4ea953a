namespace Papers.Tool.Enrich;

/// <summary>
/// One arXiv record as either source gives it: what <c>papers enrich</c> fills into a paper.
/// </summary>
/// <param name="Id">The arXiv id without its version (<c>2403.01234</c>, <c>hep-th/9901001</c>).</param>
/// <param name="Title">The title as arXiv holds it (TeX and line breaks included).</param>
/// <param name="Authors">The authors, each as "Family, Given" or "Family, Suffix, Given" where the parts are known.</param>
/// <param name="Doi">The DOI, if any.</param>
/// <param name="JournalRef">The journal reference, if any.</param>
/// <param name="PrimaryCategory">The primary category (<c>cs.CV</c>), if any.</param>
/// <param name="Submitted">When version 1 was submitted, if known.</param>
internal sealed record ArxivRecord(
    string Id,
    string Title,
    IReadOnlyList<string> Authors,
    string? Doi,
    string? JournalRef,
    string? PrimaryCategory,
    DateOnly? Submitted);
