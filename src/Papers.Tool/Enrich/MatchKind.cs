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
