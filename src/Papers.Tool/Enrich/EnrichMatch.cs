namespace Papers.Tool.Enrich;

/// <summary>How a paper was matched, or why it was not.</summary>
internal enum MatchKind
{
    /// <summary>By the arXiv id the digest gives.</summary>
    Id,

    /// <summary>By title, equal once normalized.</summary>
    TitleExact,

    /// <summary>By title, similar past the threshold and ahead of the runner-up by the margin.</summary>
    TitleSimilar,

    /// <summary>Two or more records fit about as well: reported with the candidates, never guessed.</summary>
    Ambiguous,

    /// <summary>Nothing fits well enough.</summary>
    Unmatched,
}

/// <summary>A title candidate and how alike its title is (1 for equal keys).</summary>
internal sealed record Candidate(ArxivRecord Record, double Score);

/// <summary>The outcome for one paper.</summary>
internal sealed record EnrichMatch(Paper Paper, MatchKind Kind, ArxivRecord? Record, double Score, IReadOnlyList<Candidate> Candidates)
{
    /// <summary>As the output and the report name it: <c>id</c>, <c>title-exact</c>, <c>title-similar 0.97</c>.</summary>
    public string Label => Kind switch
    {
        MatchKind.Id => "id",
        MatchKind.TitleExact => "title-exact",
        MatchKind.TitleSimilar => "title-similar " + Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        MatchKind.Ambiguous => "ambiguous",
        _ => "unmatched",
    };
}
