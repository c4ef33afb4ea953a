using System;
using System.Collections.Generic;
using System.Linq;
using Papers.Similarity;
using Papers.Topics;

namespace Papers.Graphs;

/// <summary>How a topic co-occurrence edge is weighted.</summary>
public enum CooccurrenceWeight
{
    /// <summary>Papers that have both topics.</summary>
    Count = 0,

    /// <summary>|A ∩ B| / |A ∪ B|.</summary>
    Jaccard = 1,

    /// <summary>Normalised pointwise mutual information, −1…1; only positive associations become edges.</summary>
    Npmi = 2,
}

/// <summary>
/// Graphs over papers: similarity (k nearest neighbours by TF-IDF cosine — sparse, never all pairs), topic
/// co-occurrence, paper–topic; plus <see cref="Explain"/>. The papers most like one paper are
/// <c>SimilarTo</c>, a sequence operator.
/// </summary>
public static class PaperGraphs
{
    /// <summary>Each paper linked to its <paramref name="k"/> most similar papers (cosine ≥ <paramref name="minSimilarity"/>).</summary>
    public static PaperGraph SimilarityGraph(this IEnumerable<Paper> papers, int k = 10, double minSimilarity = 0.05)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        SimilarityIndex index = SimilarityIndex.For(papers);
        var neighbours = index.Neighbours(k);
        var nodes = index.Papers.Select(p => new GraphNode(p.Id, p.ShortName, NodeKind.Paper, p, 1)).ToList();
        var edges = new Dictionary<(int, int), double>();
        for (int a = 0; a < neighbours.Length; a++)
        {
            foreach (var (b, similarity) in neighbours[a])
            {
                if (similarity >= minSimilarity)
                {
                    edges[(Math.Min(a, b), Math.Max(a, b))] = similarity;
                }
            }
        }

        return new PaperGraph("similarity", nodes, Sorted(edges));
    }

    /// <summary>Topics linked when papers share them.</summary>
    public static PaperGraph TopicGraph(this IEnumerable<Paper> papers, CooccurrenceWeight weight = CooccurrenceWeight.Npmi, Taxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var list = papers.ToList();
        var topics = TopicOrder(list, taxonomy);
        var index = topics.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var count = new int[topics.Count];
        var both = new Dictionary<(int, int), int>();
        foreach (Paper paper in list)
        {
            var ids = paper.Topics.Where(index.ContainsKey).Select(t => index[t]).Distinct().OrderBy(i => i).ToList();
            foreach (int a in ids)
            {
                count[a]++;
            }

            for (int x = 0; x < ids.Count; x++)
            {
                for (int y = x + 1; y < ids.Count; y++)
                {
                    both[(ids[x], ids[y])] = both.TryGetValue((ids[x], ids[y]), out int n) ? n + 1 : 1;
                }
            }
        }

        var nodes = topics.Select((t, i) => new GraphNode("topic:" + t, TopicName(t, taxonomy), NodeKind.Topic, null, count[i])).ToList();
        var edges = new Dictionary<(int, int), double>();
        foreach (var pair in both)
        {
            double w = Weigh(weight, pair.Value, count[pair.Key.Item1], count[pair.Key.Item2], list.Count);
            if (w > 0)
            {
                edges[pair.Key] = w;
            }
        }

        return new PaperGraph("topics", nodes, Sorted(edges));
    }

    /// <summary>The bipartite graph: papers linked to their topics.</summary>
    public static PaperGraph PaperTopicGraph(this IEnumerable<Paper> papers, Taxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var list = SimilarityIndex.For(papers).Papers;
        var topics = TopicOrder(list, taxonomy);
        var nodes = list.Select(p => new GraphNode(p.Id, p.ShortName, NodeKind.Paper, p, 1)).ToList();
        int offset = nodes.Count;
        nodes.AddRange(topics.Select(t => new GraphNode("topic:" + t, TopicName(t, taxonomy), NodeKind.Topic, null, list.Count(p => p.Topics.Contains(t)))));
        var index = topics.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => offset + p.i, StringComparer.Ordinal);
        var edges = new Dictionary<(int, int), double>();
        for (int p = 0; p < list.Count; p++)
        {
            foreach (string topic in list[p].Topics)
            {
                if (index.TryGetValue(topic, out int t))
                {
                    edges[(p, t)] = 1;
                }
            }
        }

        return new PaperGraph("paper-topics", nodes, Sorted(edges));
    }

    /// <summary>
    /// How two papers are related: the shortest path between them through shared topics and nearest-neighbour
    /// links (strong similarity is a short step). Empty when they are not connected.
    /// </summary>
    public static PaperPath Explain(this IEnumerable<Paper> papers, Paper from, Paper to, int k = 10) =>
        PaperPath.Find(SimilarityIndex.For(papers ?? throw new ArgumentNullException(nameof(papers))), from, to, k);

    private static double Weigh(CooccurrenceWeight weight, int both, int a, int b, int total) => weight switch
    {
        CooccurrenceWeight.Count => both,
        CooccurrenceWeight.Jaccard => (double)both / (a + b - both),
        _ => Npmi(both, a, b, total),
    };

    private static double Npmi(int both, int a, int b, int total)
    {
        if (both == total)
        {
            return 1;
        }

        double pxy = (double)both / total;
        double pmi = Math.Log(pxy / ((double)a / total * ((double)b / total)));
        return pmi / -Math.Log(pxy);
    }

    private static List<string> TopicOrder(IReadOnlyCollection<Paper> papers, Taxonomy? taxonomy)
    {
        var used = new HashSet<string>(papers.SelectMany(p => p.Topics), StringComparer.Ordinal);
        var order = (taxonomy ?? Taxonomy.Default).Topics.Select(t => t.Id).Where(used.Contains).ToList();
        order.AddRange(used.Where(t => !order.Contains(t)).OrderBy(t => t, StringComparer.Ordinal));
        return order;
    }

    private static string TopicName(string id, Taxonomy? taxonomy) =>
        (taxonomy ?? Taxonomy.Default).Find(id)?.Name ?? id;

    private static List<GraphEdge> Sorted(Dictionary<(int, int), double> edges) =>
        edges.OrderBy(e => e.Key.Item1).ThenBy(e => e.Key.Item2).Select(e => new GraphEdge(e.Key.Item1, e.Key.Item2, e.Value)).ToList();
}
