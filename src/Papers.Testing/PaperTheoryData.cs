using System;
using System.Collections.Generic;
using System.Linq;

namespace Papers.Testing;

/// <summary>
/// Data for a theory that runs once per paper: <c>[MemberData(nameof(Ids))]</c> with
/// <c>public static IEnumerable&lt;object[]&gt; Ids =&gt; PaperTheoryData.Ids(PaperCatalog.All);</c>. Ids are strings, so
/// each paper is its own test case in the runner; <see cref="Find"/> turns one back into the paper.
/// </summary>
public static class PaperTheoryData
{
    /// <summary>One row per paper: its id.</summary>
    public static IEnumerable<object[]> Ids(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return papers.Select(p => new object[] { p.Id });
    }

    /// <summary>One row per paper: the paper itself (runners show these as one case unless they can serialize it).</summary>
    public static IEnumerable<object[]> Papers(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return papers.Select(p => new object[] { p });
    }

    /// <summary>The paper with this id.</summary>
    /// <exception cref="KeyNotFoundException">No paper has it.</exception>
    public static Paper Find(IEnumerable<Paper> papers, [PaperId] string id)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return papers.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal))
            ?? throw new KeyNotFoundException($"No paper has the id '{id}'.");
    }
}
