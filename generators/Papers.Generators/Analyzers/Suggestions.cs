using System;
using System.Collections.Generic;
using System.Linq;

namespace Papers.Generators.Analyzers;

/// <summary>The papers a mistyped id most likely meant: "did you mean …" in PAPER018.</summary>
internal static class Suggestions
{
    /// <summary>
    /// Up to <paramref name="count"/> papers whose id or member name is nearest to <paramref name="text"/>, ranked by
    /// the edit distance to the best prefix first (a shortened id, <c>e-vilm-efficient</c>, is nearest to the id it
    /// starts), then to the whole; ties in ordinal order, so the message is the same on every build.
    /// </summary>
    public static IReadOnlyList<IndexedPaper> Nearest(string text, IReadOnlyList<IndexedPaper> papers, int count)
    {
        string lower = text.ToLowerInvariant();
        int limit = Math.Max(2, lower.Length / 3);
        var scored = new List<(IndexedPaper Paper, (int Prefix, int Whole) Score)>();
        foreach (IndexedPaper paper in papers)
        {
            if (Nearer(Score(lower, paper.Id.ToLowerInvariant(), limit), Score(lower, paper.MemberName.ToLowerInvariant(), limit)) is { } score)
            {
                scored.Add((paper, score));
            }
        }

        return scored
            .OrderBy(s => s.Score.Prefix)
            .ThenBy(s => s.Score.Whole)
            .ThenBy(s => s.Paper.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(s => s.Paper)
            .ToList();
    }

    private static (int Prefix, int Whole)? Nearer((int Prefix, int Whole)? a, (int Prefix, int Whole)? b) =>
        a is null ? b : b is null ? a : b.Value.CompareTo(a.Value) < 0 ? b : a;

    // Null when even the best prefix is further than the limit. Levenshtein over two rows: the last row's minimum
    // is the distance to the candidate's best prefix, and a row's minimum never falls in later rows, so a row
    // past the limit ends the work (most candidates stop after a few characters).
    private static (int Prefix, int Whole)? Score(string text, string candidate, int limit)
    {
        var previous = new int[candidate.Length + 1];
        var current = new int[candidate.Length + 1];
        for (int j = 0; j <= candidate.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= text.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= candidate.Length; j++)
            {
                int substitution = previous[j - 1] + (text[i - 1] == candidate[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return null;
            }

            (previous, current) = (current, previous);
        }

        int prefix = previous.Min();
        return prefix > limit ? null : (prefix, previous[candidate.Length]);
    }
}
