using System;
using System.Collections.Generic;
using System.Linq;
using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace Papers.Graphs;

/// <summary>
/// What the structure of a <see cref="PaperGraph"/> says: connected components (QuikGraph), weighted PageRank,
/// Louvain communities with their modularity, and a label for each community.
/// </summary>
public sealed class GraphAnalysis
{
    private GraphAnalysis(int[] component, int componentCount, double[] pageRank, int[] community, double modularity, IReadOnlyList<Community> communities)
    {
        Component = component;
        ComponentCount = componentCount;
        PageRank = pageRank;
        Community = community;
        Modularity = modularity;
        Communities = communities;
    }

    /// <summary>The connected component of each node.</summary>
    public IReadOnlyList<int> Component { get; }

    /// <summary>How many connected components there are.</summary>
    public int ComponentCount { get; }

    /// <summary>Weighted PageRank of each node; sums to 1.</summary>
    public IReadOnlyList<double> PageRank { get; }

    /// <summary>The community of each node (an index into <see cref="Communities"/>).</summary>
    public IReadOnlyList<int> Community { get; }

    /// <summary>The modularity of the communities (−0.5 to 1; above ~0.3 is clear structure).</summary>
    public double Modularity { get; }

    /// <summary>Communities, largest first.</summary>
    public IReadOnlyList<Community> Communities { get; }

    internal static GraphAnalysis Compute(PaperGraph graph, double resolution)
    {
        int n = graph.Nodes.Count;
        var (component, componentCount) = Components(graph);
        double[] pageRank = Graphs.PageRank.Compute(graph);
        var (raw, modularity) = Louvain.Detect(n, graph.Edges, resolution);

        // Number communities largest first (ties: lowest first member) so ids are stable and meaningful.
        var order = Enumerable.Range(0, n).GroupBy(i => raw[i])
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min())
            .Select(g => g.OrderBy(i => i).ToList()).ToList();
        var community = new int[n];
        for (int c = 0; c < order.Count; c++)
        {
            foreach (int node in order[c])
            {
                community[node] = c;
            }
        }

        List<IReadOnlyList<string>> labels = CommunityNames.Name(graph, order, pageRank);
        var communities = order.Select((members, c) => new Community(c, members, labels[c])).ToList();
        return new GraphAnalysis(component, componentCount, pageRank, community, modularity, communities);
    }

    internal GraphAnalysis Select(IReadOnlyList<int> keep)
    {
        var set = new HashSet<int>(keep);
        var index = new Dictionary<int, int>();
        for (int i = 0; i < keep.Count; i++)
        {
            index[keep[i]] = i;
        }

        var communities = Communities
            .Select(c => c with { Members = c.Members.Where(set.Contains).Select(m => index[m]).ToList() })
            .ToList();
        return new GraphAnalysis(
            keep.Select(i => Component[i]).ToArray(),
            keep.Select(i => Component[i]).Distinct().Count(),
            keep.Select(i => PageRank[i]).ToArray(),
            keep.Select(i => Community[i]).ToArray(),
            Modularity,
            communities);
    }

    private static (int[] Component, int Count) Components(PaperGraph graph)
    {
        var quik = new UndirectedGraph<int, Edge<int>>(allowParallelEdges: false);
        quik.AddVertexRange(Enumerable.Range(0, graph.Nodes.Count));
        quik.AddEdgeRange(graph.Edges.Select(e => new Edge<int>(e.Source, e.Target)));
        var algorithm = new ConnectedComponentsAlgorithm<int, Edge<int>>(quik);
        algorithm.Compute();
        var component = new int[graph.Nodes.Count];
        foreach (var pair in algorithm.Components)
        {
            component[pair.Key] = pair.Value;
        }

        return (component, algorithm.ComponentCount);
    }
}
