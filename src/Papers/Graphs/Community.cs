using System.Collections.Generic;

namespace Papers.Graphs;

/// <summary>A community found by Louvain: its members and the terms that set it apart (class-based TF-IDF).</summary>
/// <param name="Id">0-based, largest community first.</param>
/// <param name="Members">Node indexes.</param>
/// <param name="TopTerms">The most distinctive words of its papers (or its topics' names).</param>
public sealed record Community(int Id, IReadOnlyList<int> Members, IReadOnlyList<string> TopTerms)
{
    /// <summary>The top terms joined: "segmentation, mask, open-vocabulary".</summary>
    public string Label => string.Join(", ", TopTerms);
}
