using System;
using System.Globalization;

namespace Papers;

/// <summary>
/// The date a digest lists a paper under. Digests often print only <c>Mar 11</c>; when no year can be
/// found, <see cref="Year"/> is <see langword="null"/> and the date says so instead of inventing one.
/// </summary>
public readonly record struct PaperDate : IComparable<PaperDate>
{
    private static readonly string[] MonthAbbreviations =
        { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    /// <summary>Creates a date; <paramref name="year"/> may be unknown.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month or day does not exist.</exception>
    public PaperDate(int? year, int month, int day)
    {
        if (!IsValid(year, month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{year?.ToString(CultureInfo.InvariantCulture) ?? "????"}-{month}-{day} is not a calendar date.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year, or <see langword="null"/> when the digest did not say and nothing else told us.</summary>
    public int? Year { get; }

    /// <summary>The month, 1–12.</summary>
    public int Month { get; }

    /// <summary>The day of the month, 1–31.</summary>
    public int Day { get; }

    /// <summary>Whether the year is known.</summary>
    public bool HasYear => Year.HasValue;

    /// <summary>The same month and day in the given year.</summary>
    public PaperDate WithYear(int year) => new(year, Month, Day);

    /// <summary>True when the parts name a real calendar day (29 February is allowed when the year is unknown).</summary>
    public static bool IsValid(int? year, int month, int day)
    {
        if (month < 1 || month > 12 || day < 1 || year is < 1 or > 9999)
        {
            return false;
        }

        int days = month switch
        {
            2 => year is int y ? (DateTime.IsLeapYear(y) ? 29 : 28) : 29,
            4 or 6 or 9 or 11 => 30,
            _ => 31,
        };
        return day <= days;
    }

    /// <summary>Orders by year (unknown first), then month, then day.</summary>
    public int CompareTo(PaperDate other)
    {
        int byYear = (Year ?? 0).CompareTo(other.Year ?? 0);
        if (byYear != 0)
        {
            return byYear;
        }

        int byMonth = Month.CompareTo(other.Month);
        return byMonth != 0 ? byMonth : Day.CompareTo(other.Day);
    }

    /// <summary>Earlier, in the order of <see cref="CompareTo"/>.</summary>
    public static bool operator <(PaperDate left, PaperDate right) => left.CompareTo(right) < 0;

    /// <summary>Earlier or the same day, in the order of <see cref="CompareTo"/>.</summary>
    public static bool operator <=(PaperDate left, PaperDate right) => left.CompareTo(right) <= 0;

    /// <summary>Later, in the order of <see cref="CompareTo"/>.</summary>
    public static bool operator >(PaperDate left, PaperDate right) => left.CompareTo(right) > 0;

    /// <summary>Later or the same day, in the order of <see cref="CompareTo"/>.</summary>
    public static bool operator >=(PaperDate left, PaperDate right) => left.CompareTo(right) >= 0;

    /// <summary><c>2024-03-11</c> when the year is known, otherwise <c>Mar 11 (year unknown)</c>.</summary>
    public override string ToString() => Year is int year
        ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, Month, Day)
        : string.Format(CultureInfo.InvariantCulture, "{0} {1} (year unknown)", MonthAbbreviations[Month - 1], Day);
}
