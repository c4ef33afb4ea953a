using System.Collections;
using System.Collections.Generic;

namespace Papers.Catalog;

/// <summary>
/// An immutable list of papers. Indexes built over a paper set (similarity, keyphrases, search) are cached per
/// instance only for immutable sets like this one and the catalog's <c>All</c>: a user's mutable list is indexed anew.
/// </summary>
internal sealed class PaperList : IReadOnlyList<Paper>
{
    private readonly Paper[] _papers;

    public PaperList(Paper[] papers) => _papers = papers;

    public int Count => _papers.Length;

    public Paper this[int index] => _papers[index];

    public IEnumerator<Paper> GetEnumerator() => ((IEnumerable<Paper>)_papers).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _papers.GetEnumerator();

    /// <summary>Whether indexes over this sequence may be cached by reference.</summary>
    public static bool IsImmutable(IEnumerable<Paper> papers) => papers is PaperList or IndexedList<Paper>;
}
