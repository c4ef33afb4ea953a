using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Papers.Parsing;

/// <summary>
/// Recognises a digest's date blocks: <c>Mar 11</c>, <c>March 11</c>, <c>Mar 11, 2024</c>,
/// <c>11 Mar 2024</c>, <c>2024-03-11</c>. Culture-free by construction (no <c>DateTime.Parse</c>).
/// </summary>
internal static class DateLine
{
    private static readonly string[] Months =
        { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // Month-name first: "Mar 11", "March 11th", "Mar. 11, 2024".
    private static readonly Regex MonthFirst = new(
        @"^(?<month>[A-Za-z]{3,10})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>\d{4}))?$",
        RegexOptions.CultureInvariant, Timeout);

    // Day first: "11 Mar 2024", "11 March".
    private static readonly Regex DayFirst = new(
        @"^(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,10})\.?(?:,?\s+(?<year>\d{4}))?$",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Iso = new(
        @"^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex FileNameDate = new(
        @"(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})",
        RegexOptions.CultureInvariant, Timeout);

    /// <summary>The outcome of looking at a block as a date.</summary>
    public enum Kind
    {
        /// <summary>Not shaped like a date at all.</summary>
        NotADate,

        /// <summary>A date.</summary>
        Date,

        /// <summary>Shaped like a date (<c>Mar 32</c>, <c>Marhc 11</c>, <c>2024-13-01</c>) but not one.</summary>
        Invalid,
    }

    public static Kind TryParse(string text, out PaperDate date)
    {
        date = default;
        if (text.Length > 32)
        {
            return Kind.NotADate;
        }

        Match match = Iso.Match(text);
        if (match.Success)
        {
            return Build(Number(match, "year"), Number(match, "month"), Number(match, "day"), out date);
        }

        match = MonthFirst.Match(text);
        if (!match.Success)
        {
            match = DayFirst.Match(text);
        }

        if (!match.Success)
        {
            return Kind.NotADate;
        }

        string word = match.Groups["month"].Value;
        int month = MonthNumber(word);
        if (month == 0)
        {
            // "Llama 3" or "Gemini 15" are titles; only words that start like a month are misspelt dates.
            return LooksLikeMonth(word) ? Kind.Invalid : Kind.NotADate;
        }

        int? year = match.Groups["year"].Success ? Number(match, "year") : null;
        return Build(year, month, Number(match, "day"), out date);
    }

    /// <summary>A <c>yyyy-MM-dd</c> anywhere in a file name, as a year hint.</summary>
    public static int? YearFromFileName(string path)
    {
        string name = path;
        int slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
        if (slash >= 0)
        {
            name = name.Substring(slash + 1);
        }

        Match match = FileNameDate.Match(name);
        if (!match.Success)
        {
            return null;
        }

        int year = Number(match, "year");
        return PaperDate.IsValid(year, Number(match, "month"), Number(match, "day")) ? year : null;
    }

    private static Kind Build(int? year, int month, int day, out PaperDate date)
    {
        date = default;
        if (!PaperDate.IsValid(year, month, day))
        {
            return Kind.Invalid;
        }

        date = new PaperDate(year, month, day);
        return Kind.Date;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthNumber(string word)
    {
        string lower = word.ToLowerInvariant();
        for (int i = 0; i < Months.Length; i++)
        {
            string name = Months[i];
            bool abbreviation = lower.Length == 3 && name.StartsWith(lower, StringComparison.Ordinal);
            bool september = i == 8 && lower == "sept";
            if (abbreviation || september || lower == name)
            {
                return i + 1;
            }
        }

        return 0;
    }

    // A misspelt month is within two edits of a month name ("Marhc", "Febuary"); "Llama" or "Decoding" are not.
    private static bool LooksLikeMonth(string word)
    {
        string lower = word.ToLowerInvariant();
        foreach (string name in Months)
        {
            if (Distance(lower, name) <= 2 || (lower.Length <= 4 && Distance(lower, name.Substring(0, 3)) <= 1))
            {
                return true;
            }
        }

        return false;
    }

    private static int Distance(string a, string b)
    {
        int[] previous = new int[b.Length + 1];
        int[] current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
