using System;
using System.Collections.Generic;
using Papers.Query;

namespace Papers.Linq;

public static partial class PaperEnumerable
{
    /// <summary>Papers that match a query in the query language (<see cref="PaperQuery"/>).</summary>
    /// <exception cref="QueryParseException">The query is malformed (raised here, not when enumerating).</exception>
    public static IEnumerable<Paper> Matching(this IEnumerable<Paper> papers, string query)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(query);
        return papers.Matching(PaperQuery.Parse(query));
    }

    /// <summary>Papers that match a parsed query.</summary>
    public static IEnumerable<Paper> Matching(this IEnumerable<Paper> papers, PaperQuery query)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(query);
        return Filter(papers, p => query.Matches(PaperTarget.Of(p)));
    }
}
