namespace Papers.Tool.Enrich;

/// <summary>
/// Decides each paper's record from what a source found. Ids first; then a title equal once normalized; then a
/// similar title that clears <see cref="Threshold"/> and beats the runner-up by <see cref="Margin"/>. Where records
/// tie, the digest's date may pick the one submitted shortly before it (a trending paper is recent); otherwise the
/// paper is reported as ambiguous with its candidates — never guessed.
/// </summary>
internal static class TitleMatcher
{
    /// <summary>How alike a title must be to be kept as a candidate (and shown as a near miss).</summary>
    public const double Floor = 0.80;

    /// <summary>How alike a similar title must be to match (measured: docs/quality.md).</summary>
    public const double Threshold = 0.90;

    /// <summary>How far a similar match must lead the runner-up.</summary>
    public const double Margin = 0.04;

    // A digest lists papers submitted shortly before it; a record from years earlier is another paper of that name.
    private const int RecentDaysBefore = 730;
    private const int RecentDaysAfter = 31;

    public static EnrichMatch Decide(EnrichQuery query, SourceAnswer answer)
    {
        if (answer.ById is ArxivRecord byId)
        {
            return new EnrichMatch(query.Paper, MatchKind.Id, byId, 1, Array.Empty<Candidate>());
        }

        List<Candidate> candidates = answer.ByTitle
            .Where(c => c.Score >= Floor)
            .GroupBy(c => c.Record.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderByDescending(c => c.Score).ThenBy(c => c.Record.Id, StringComparer.Ordinal)
            .ToList();
        if (candidates.Count == 0 || candidates[0].Score < Threshold)
        {
            return new EnrichMatch(query.Paper, MatchKind.Unmatched, null, candidates.Count > 0 ? candidates[0].Score : 0, candidates);
        }

        // An equal title beats any merely similar one; among equals, or among similar titles within the margin,
        // the date may decide.
        bool exact = candidates[0].Score >= 1;
        List<Candidate> tied = exact
            ? candidates.Where(c => c.Score >= 1).ToList()
            : candidates.Where(c => c.Score > candidates[0].Score - Margin).ToList();
        if (tied.Count > 1 && query.Paper.Date is { Year: int year } date)
        {
            var listed = new DateOnly(year, date.Month, date.Day);
            var recent = tied.Where(c => c.Record.Submitted is DateOnly s && s >= listed.AddDays(-RecentDaysBefore) && s <= listed.AddDays(RecentDaysAfter)).ToList();
            if (recent.Count == 1)
            {
                tied = recent;
            }
        }

        if (tied.Count > 1)
        {
            return new EnrichMatch(query.Paper, MatchKind.Ambiguous, null, tied[0].Score, candidates);
        }

        return new EnrichMatch(query.Paper, exact ? MatchKind.TitleExact : MatchKind.TitleSimilar, tied[0].Record, tied[0].Score, candidates);
    }
}
