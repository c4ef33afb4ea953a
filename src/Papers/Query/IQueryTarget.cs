using System.Collections.Generic;

namespace Papers.Query;

/// <summary>
/// What a query can see of a paper. The run time's <see cref="Paper"/> and the generator's build-time model both
/// provide it, so a query means the same at run time and compile time.
/// </summary>
internal interface IQueryTarget
{
    string Id { get; }

    string Title { get; }

    string Abstract { get; }

    IReadOnlyList<string> Topics { get; }

    IReadOnlyList<PaperLink> Links { get; }

    PaperDate? Date { get; }

    int AuthorCount { get; }

    string? ArxivId { get; }

    string? Doi { get; }

    /// <summary>Words of the title, normalised (see <see cref="TextMatcher"/>); computed once per paper.</summary>
    QueryText TitleText { get; }

    /// <summary>Words of the abstract, normalised.</summary>
    QueryText AbstractText { get; }
}
