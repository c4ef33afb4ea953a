namespace Papers.Graphs;

/// <summary>What a node stands for.</summary>
public enum NodeKind
{
    /// <summary>A paper.</summary>
    Paper = 0,

    /// <summary>A topic.</summary>
    Topic = 1,
}

/// <summary>A node of a <see cref="PaperGraph"/>.</summary>
/// <param name="Id">Unique within the graph: the paper id, or <c>topic:</c> and the topic id.</param>
/// <param name="Label">For people: the paper's short name or the topic's name.</param>
/// <param name="Kind">Paper or topic.</param>
/// <param name="Paper">The paper, for paper nodes.</param>
/// <param name="Size">How much it weighs: 1 for a paper, the number of papers for a topic.</param>
public sealed record GraphNode(string Id, string Label, NodeKind Kind, Paper? Paper, double Size);

/// <summary>An undirected, weighted edge between two node indexes (<see cref="Source"/> &lt; <see cref="Target"/>).</summary>
/// <param name="Source">The smaller node index.</param>
/// <param name="Target">The larger node index.</param>
/// <param name="Weight">Similarity, co-occurrence strength or 1.</param>
public sealed record GraphEdge(int Source, int Target, double Weight);
