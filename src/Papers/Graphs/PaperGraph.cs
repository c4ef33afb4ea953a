using System;
using System.Collections.Generic;
using System.Linq;

namespace Papers.Graphs;

/// <summary>
/// An undirected weighted graph over papers and/or topics: the paper similarity graph, the topic co-occurrence
/// graph or the paper–topic graph (see <see cref="PaperGraphs"/>). Its <see cref="Analysis"/> (components,
/// PageRank, communities) is computed once, on first use, and every export includes it.
/// </summary>
public sealed class PaperGraph
{
    private readonly Lazy<GraphAnalysis> _analysis;
    private readonly Lazy<List<(int Node, double Weight)>[]> _adjacency;

    internal PaperGraph(string name, IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, GraphAnalysis? analysis = null, string? excerpt = null)
    {
        Name = name;
        Nodes = nodes;
        Edges = edges;
        Excerpt = excerpt;
        _adjacency = new Lazy<List<(int, double)>[]>(BuildAdjacency);
        _analysis = analysis is null ? new Lazy<GraphAnalysis>(() => GraphAnalysis.Compute(this, 1.0)) : new Lazy<GraphAnalysis>(() => analysis);
    }

    /// <summary>What the graph shows: <c>similarity</c>, <c>topics</c> or <c>paper-topics</c>.</summary>
    public string Name { get; }

    /// <summary>Nodes in a deterministic order.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>Edges, each once, ordered by (source, target).</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>Components, weighted PageRank and Louvain communities (resolution 1), computed on first use.</summary>
    public GraphAnalysis Analysis => _analysis.Value;

    /// <summary>
    /// The analysis with another Louvain resolution: below 1 merges into fewer, larger communities, above 1 splits.
    /// </summary>
    public GraphAnalysis Analyze(double resolution)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resolution);
        return GraphAnalysis.Compute(this, resolution);
    }

    /// <summary>Neighbours of a node with edge weights.</summary>
    public IReadOnlyList<(int Node, double Weight)> Neighbours(int node) => _adjacency.Value[node];

    /// <summary>The index of the node with this id, or -1.</summary>
    public int IndexOf(string id)
    {
        for (int i = 0; i < Nodes.Count; i++)
        {
            if (string.Equals(Nodes[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The part of the graph with the highest-PageRank nodes (and the edges among them), for pictures and formats
    /// with size limits. Returns this graph when it is small enough.
    /// </summary>
    public PaperGraph Top(int maxNodes, int maxEdges = int.MaxValue)
    {
        if (Nodes.Count <= maxNodes && Edges.Count <= maxEdges)
        {
            return this;
        }

        var keep = Enumerable.Range(0, Nodes.Count)
            .OrderByDescending(i => Analysis.PageRank[i]).ThenBy(i => i)
            .Take(maxNodes).OrderBy(i => i).ToList();
        var map = new Dictionary<int, int>();
        for (int i = 0; i < keep.Count; i++)
        {
            map[keep[i]] = i;
        }

        var edges = Edges.Where(e => map.ContainsKey(e.Source) && map.ContainsKey(e.Target))
            .OrderByDescending(e => e.Weight).ThenBy(e => e.Source).ThenBy(e => e.Target)
            .Take(maxEdges)
            .Select(e => new GraphEdge(map[e.Source], map[e.Target], e.Weight))
            .OrderBy(e => e.Source).ThenBy(e => e.Target)
            .ToList();
        // The excerpt keeps the whole graph's communities and ranks, so colours and sizes mean the same.
        return new PaperGraph(Name, keep.Select(i => Nodes[i]).ToList(), edges, Analysis.Select(keep),
            $"showing the top {keep.Count} of {Nodes.Count} nodes by PageRank and {edges.Count} of {Edges.Count} edges");
    }

    /// <summary>Set when this graph is an excerpt of a larger one (<see cref="Top"/>): says what was left out.</summary>
    public string? Excerpt { get; }

    private List<(int, double)>[] BuildAdjacency()
    {
        var adjacency = new List<(int, double)>[Nodes.Count];
        for (int i = 0; i < adjacency.Length; i++)
        {
            adjacency[i] = new List<(int, double)>();
        }

        foreach (GraphEdge edge in Edges)
        {
            adjacency[edge.Source].Add((edge.Target, edge.Weight));
            adjacency[edge.Target].Add((edge.Source, edge.Weight));
        }

        return adjacency;
    }
}
