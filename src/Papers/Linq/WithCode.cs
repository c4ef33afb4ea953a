using System;
using System.Collections.Generic;

namespace Papers.Linq;

public static partial class PaperEnumerable
{
    /// <summary>Papers with a link to a code repository.</summary>
    public static IEnumerable<Paper> WithCode(this IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return Filter(papers, p => p.CodeUrl != null);
    }
}
