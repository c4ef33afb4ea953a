using Papers.Parsing;

namespace Papers.Generators.Model;

/// <summary>What the generator needs of one digest entry: naming, hover docs, and what compile-time queries see.</summary>
internal sealed record EntryModel(
    string Title,
    int Line,
    LineSpan TitleSpan,
    string? ArxivId,
    string Summary,
    string? Date,
    string? CodeUrl,
    string Abstract,
    EquatableArray<PaperLink> Links,
    int? Year,
    int Month,
    int Day,
    int AuthorCount,
    string? Doi);
