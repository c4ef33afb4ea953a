using System.Collections.Generic;

namespace Papers.Graphs;

/// <summary>A community found by Louvain: its members and the phrases that set it apart (class-based TF-IDF, see <c>CommunityNames</c>).</summary>
/// <param name="Id">0-based, largest community first.</param>
/// <param name="Members">Node indexes.</param>
/// <param name="TopTerms">Its name: a topic most of its papers have, then the phrases most distinctive of them (or of its topics' names).</param>
public sealed record Community(int Id, IReadOnlyList<int> Members, IReadOnlyList<string> TopTerms)
{
    /// <summary>The top terms joined: "point cloud, LiDAR, depth completion".</summary>
    public string Label => string.Join(", ", TopTerms);
}
