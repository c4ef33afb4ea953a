using System;
using System.Collections.Generic;
using Papers.Query;

namespace Papers.Linq;

public static partial class PaperEnumerable
{
    /// <summary>Papers listed from <paramref name="from"/> to <paramref name="to"/>, both included; both need a year.</summary>
    public static IEnumerable<Paper> Between(this IEnumerable<Paper> papers, PaperDate from, PaperDate to)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (!from.HasYear || !to.HasYear)
        {
            throw new ArgumentException("A date range needs years on both ends.", from.HasYear ? nameof(to) : nameof(from));
        }

        var range = new DateRange(from, to);
        if (range.IsBackwards)
        {
            throw new ArgumentException($"The range ends ({to}) before it starts ({from}).", nameof(to));
        }

        return Filter(papers, p => range.Contains(p.Date));
    }
}
