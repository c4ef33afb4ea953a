namespace Papers.Generators.Model;

/// <summary>What the generator needs of one digest entry: naming, hover docs, and what compile-time queries see.</summary>
/// <param name="Links">The abstract's links, one per line as "kind url".</param>
internal sealed record EntryModel(
    string Title,
    int Line,
    string? ArxivId,
    string Summary,
    string? Date,
    string? CodeUrl,
    string Abstract,
    string Links,
    int? Year,
    int Month,
    int Day,
    bool HasAuthors,
    string? Doi);
