namespace Papers.Tool.Enrich;

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
