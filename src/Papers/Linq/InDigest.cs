using System;
using System.Collections.Generic;
using System.Linq;

namespace Papers.Linq;

public static partial class PaperEnumerable
{
    /// <summary>Papers the digest lists (including papers first seen in an earlier digest).</summary>
    public static IEnumerable<Paper> InDigest(this IEnumerable<Paper> papers, Digest digest)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(digest);
        var ids = new HashSet<string>(digest.Papers.Select(p => p.Id), StringComparer.Ordinal);
        return Filter(papers, p => ids.Contains(p.Id));
    }

    /// <summary>Papers whose title stands in the digest file (its path as declared, or just its file name).</summary>
    public static IEnumerable<Paper> InDigest(this IEnumerable<Paper> papers, string file)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        string wanted = file.Replace('\\', '/');
        return Filter(papers, p => p.Source.File == wanted || p.Source.File.EndsWith("/" + wanted, StringComparison.Ordinal));
    }
}
