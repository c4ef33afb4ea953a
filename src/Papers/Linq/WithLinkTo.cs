using System;
using System.Collections.Generic;
using Papers.Query;

namespace Papers.Linq;

public static partial class PaperEnumerable
{
    /// <summary>Papers linking to the host (<c>github.com</c> also matches its subdomains; <c>www.</c> is ignored).</summary>
    public static IEnumerable<Paper> WithLinkTo(this IEnumerable<Paper> papers, string host)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        Func<IQueryTarget, bool> links = PaperQuery.LinkTo(host.Trim());
        return Filter(papers, p => links(PaperTarget.Of(p)));
    }
}
