using System.Globalization;

namespace Papers.Tool.Enrich;

/// <summary>What <c>papers enrich</c> says it did: counts by match kind, then every ambiguous and unmatched paper.</summary>
internal static class EnrichReport
{
    public static void WriteText(TextWriter error, IReadOnlyList<EnrichMatch> matches, IReadOnlyList<long> skippedLines)
    {
        int Count(MatchKind kind) => matches.Count(m => m.Kind == kind);
        error.WriteLine($"papers enrich: {matches.Count} papers — {Count(MatchKind.Id)} by id, {Count(MatchKind.TitleExact)} by exact title, {Count(MatchKind.TitleSimilar)} by similar title, {Count(MatchKind.Ambiguous)} ambiguous, {Count(MatchKind.Unmatched)} unmatched");
        foreach (EnrichMatch match in matches.Where(m => m.Kind is MatchKind.Ambiguous or MatchKind.Unmatched))
        {
            error.WriteLine($"  {match.Label}: {match.Paper.Source}: {match.Paper.Title}");
            foreach (Candidate candidate in match.Candidates.Take(3))
            {
                error.WriteLine($"    {Score(candidate.Score)} arXiv:{candidate.Record.Id} ({candidate.Record.Submitted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date"}) {candidate.Record.Title}");
            }
        }

        if (skippedLines.Count > 0)
        {
            error.WriteLine($"  snapshot: {skippedLines.Count} line(s) not JSON, skipped: {string.Join(", ", skippedLines.Take(10).Select(n => n.ToString(CultureInfo.InvariantCulture)))}{(skippedLines.Count > 10 ? ", …" : string.Empty)}");
        }
    }

    public static object Json(IReadOnlyList<EnrichMatch> matches, IReadOnlyList<long> skippedLines) => new
    {
        papers = matches.Count,
        byId = matches.Count(m => m.Kind == MatchKind.Id),
        titleExact = matches.Count(m => m.Kind == MatchKind.TitleExact),
        titleSimilar = matches.Count(m => m.Kind == MatchKind.TitleSimilar),
        ambiguous = matches.Count(m => m.Kind == MatchKind.Ambiguous),
        unmatched = matches.Count(m => m.Kind == MatchKind.Unmatched),
        skippedLines,
        matches = matches.Select(m => new
        {
            id = m.Paper.Id,
            title = m.Paper.Title,
            source = m.Paper.Source.ToString(),
            match = m.Label,
            arxivId = m.Record?.Id,
            candidates = m.Kind is MatchKind.Ambiguous or MatchKind.Unmatched
                ? m.Candidates.Select(c => new { arxivId = c.Record.Id, title = c.Record.Title, score = Math.Round(c.Score, 4) }).ToArray()
                : null,
        }),
    };

    private static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);
}
