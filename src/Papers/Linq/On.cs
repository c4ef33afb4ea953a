using System;
using System.Collections.Generic;

namespace Papers.Linq;

public static partial class PaperEnumerable
{
    /// <summary>
    /// Papers listed on the date. A date without a year matches that month and day in any year; a date with a
    /// year does not match papers whose year is unknown.
    /// </summary>
    public static IEnumerable<Paper> On(this IEnumerable<Paper> papers, PaperDate date)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return Filter(papers, p => p.Date is PaperDate d && d.Month == date.Month && d.Day == date.Day && (!date.HasYear || d.Year == date.Year));
    }
}
