using Papers.Parsing.Sidecar;

namespace Papers.Tool.Enrich;

/// <summary>
/// Titles as matching compares them: the build's own title key (TeX turned into Unicode, accents, case, punctuation,
/// spaces and hyphens dropped), so "Super-Resolution via {D}iffusion." and "super resolution via diffusion" are one
/// title — the same rule the build uses to match a sidecar entry to a paper.
/// </summary>
internal static class TitleText
{
    public static string Key(string title) => SidecarFile.TitleKey(title);

    /// <summary>The title's words (letters and digits, lower case, accents dropped), for finding candidates.</summary>
    public static string[] Words(string title)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (char c in Papers.Text.Normalization.Normalize(Papers.Text.TexText.ToUnicode(title), System.Text.NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (!IsMark(c) && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words.ToArray();
    }

    /// <summary>
    /// How alike two title keys are, 0 to 1: one minus the edit distance over the longer key's length. Only what
    /// clears <paramref name="floor"/> is computed exactly; anything below it is 0 (the band keeps it linear).
    /// </summary>
    public static double Similarity(string a, string b, double floor)
    {
        int longer = Math.Max(a.Length, b.Length);
        if (longer == 0)
        {
            return 1;
        }

        int budget = (int)Math.Floor((1 - floor) * longer);
        if (Math.Abs(a.Length - b.Length) > budget)
        {
            return 0;
        }

        int distance = BandedDistance(a, b, budget);
        return distance > budget ? 0 : 1 - ((double)distance / longer);
    }

    // Levenshtein distance within a band of ±budget around the diagonal; budget + 1 when it is larger.
    private static int BandedDistance(string a, string b, int budget)
    {
        int big = budget + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j <= budget ? j : big;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int from = Math.Max(1, i - budget);
            int to = Math.Min(b.Length, i + budget);
            current[0] = i <= budget ? i : big;
            if (from > 1)
            {
                current[from - 1] = big;
            }

            int best = current[0];
            for (int j = from; j <= to; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                current[j] = Math.Min(value, big);
                best = Math.Min(best, current[j]);
            }

            if (to < b.Length)
            {
                current[to + 1] = big;
            }

            if (best > budget)
            {
                return big;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], big);
    }

    private static bool IsMark(char c) => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
