using System;
using System.Collections.Generic;

namespace Papers;

public static partial class PaperQueries
{
    /// <summary>Papers with a link to a code repository.</summary>
    public static IEnumerable<Paper> WithCode(this IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return Filter(papers, p => p.CodeUrl != null);
    }
}
