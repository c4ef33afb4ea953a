using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Papers.Similarity;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

namespace Papers.Graphs;

/// <summary>One step of a <see cref="PaperPath"/>: a paper or a topic, and how it was reached.</summary>
/// <param name="Paper">The paper, when the step is a paper.</param>
/// <param name="TopicId">The topic, when the step is a shared topic.</param>
/// <param name="Similarity">For a paper reached by similarity, the cosine similarity.</param>
public sealed record PathStep(Paper? Paper, string? TopicId, double? Similarity)
{
    /// <inheritdoc/>
    public override string ToString() => Paper?.ShortName ?? "topic:" + TopicId;
}

/// <summary>
/// How two papers are related: the cheapest path through shared topics (each hop costs 1) and nearest-neighbour
/// links (a hop costs 2·(1 − cosine), so close papers are one short step). Found with QuikGraph's Dijkstra.
/// </summary>
public sealed class PaperPath
{
    private PaperPath(IReadOnlyList<PathStep> steps, double cost)
    {
        Steps = steps;
        Cost = cost;
    }

    /// <summary>From the first paper to the second; empty when they are not connected.</summary>
    public IReadOnlyList<PathStep> Steps { get; }

    /// <summary>Total cost of the path; infinity when not connected.</summary>
    public double Cost { get; }

    /// <summary>Whether a path exists.</summary>
    public bool Found => Steps.Count > 0;

    /// <summary><c>E-ViLM → [video] → X → (0.42) → Y</c>.</summary>
    public override string ToString()
    {
        if (!Found)
        {
            return "(not connected)";
        }

        var text = new StringBuilder(Steps[0].ToString());
        foreach (PathStep step in Steps.Skip(1))
        {
            text.Append(step.TopicId is string topic
                ? " → [" + topic + "]"
                : step.Similarity is double s ? " → (" + s.ToString("0.00", CultureInfo.InvariantCulture) + ") → " + step.Paper!.ShortName : " → " + step.Paper!.ShortName);
        }

        return text.ToString();
    }

    internal static PaperPath Find(SimilarityIndex index, Paper from, Paper to, int k)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);

        int source = index.IndexOf(from);
        int target = index.IndexOf(to);
        if (source < 0 || target < 0)
        {
            throw new ArgumentException($"The paper '{(source < 0 ? from.Id : to.Id)}' is not in this set.", source < 0 ? nameof(from) : nameof(to));
        }

        if (source == target)
        {
            return new PaperPath(new[] { new PathStep(from, null, null) }, 0);
        }

        int n = index.Papers.Count;
        var topics = index.Papers.SelectMany(p => p.Topics).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
        var topicNode = topics.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => n + p.i, StringComparer.Ordinal);
        var graph = new UndirectedGraph<int, TaggedUndirectedEdge<int, double>>(allowParallelEdges: false);
        graph.AddVertexRange(Enumerable.Range(0, n + topics.Count));
        for (int p = 0; p < n; p++)
        {
            foreach (string topic in index.Papers[p].Topics)
            {
                graph.AddEdge(new TaggedUndirectedEdge<int, double>(p, topicNode[topic], 1.0));
            }
        }

        var similarity = new Dictionary<(int, int), double>();
        var neighbours = index.Neighbours(k);
        for (int a = 0; a < n; a++)
        {
            foreach (var (b, s) in neighbours[a])
            {
                var key = (Math.Min(a, b), Math.Max(a, b));
                if (!similarity.ContainsKey(key))
                {
                    similarity[key] = s;
                    graph.AddEdge(new TaggedUndirectedEdge<int, double>(key.Item1, key.Item2, 2.0 * (1.0 - s)));
                }
            }
        }

        var dijkstra = new UndirectedDijkstraShortestPathAlgorithm<int, TaggedUndirectedEdge<int, double>>(graph, e => e.Tag);
        var predecessors = new Dictionary<int, TaggedUndirectedEdge<int, double>>();
        dijkstra.TreeEdge += (_, args) => predecessors[args.Edge.Source == args.Source ? args.Edge.Target : args.Edge.Source] = args.Edge;
        dijkstra.Compute(source);
        if (!dijkstra.TryGetDistance(target, out double cost) || double.IsInfinity(cost) || !predecessors.ContainsKey(target))
        {
            return new PaperPath(Array.Empty<PathStep>(), double.PositiveInfinity);
        }

        var nodes = new List<int> { target };
        for (int node = target; node != source;)
        {
            var edge = predecessors[node];
            node = edge.Source == node ? edge.Target : edge.Source;
            nodes.Add(node);
        }

        nodes.Reverse();
        var steps = new List<PathStep>();
        for (int i = 0; i < nodes.Count; i++)
        {
            int node = nodes[i];
            if (node >= n)
            {
                steps.Add(new PathStep(null, topics[node - n], null));
                continue;
            }

            double? viaSimilarity = i > 0 && nodes[i - 1] < n ? similarity[(Math.Min(node, nodes[i - 1]), Math.Max(node, nodes[i - 1]))] : null;
            steps.Add(new PathStep(index.Papers[node], null, viaSimilarity));
        }

        return new PaperPath(steps, cost);
    }
}
