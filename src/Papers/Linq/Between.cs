using System;
using System.Collections.Generic;

namespace Papers;

public static partial class PaperQueries
{
    /// <summary>Papers listed from <paramref name="from"/> to <paramref name="to"/>, both included; both need a year.</summary>
    public static IEnumerable<Paper> Between(this IEnumerable<Paper> papers, PaperDate from, PaperDate to)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (!from.HasYear || !to.HasYear)
        {
            throw new ArgumentException("A date range needs years on both ends.", from.HasYear ? nameof(to) : nameof(from));
        }

        if (to.CompareTo(from) < 0)
        {
            throw new ArgumentException($"The range ends ({to}) before it starts ({from}).", nameof(to));
        }

        return Filter(papers, p => p.Date is PaperDate d && d.HasYear && d.CompareTo(from) >= 0 && d.CompareTo(to) <= 0);
    }
}
