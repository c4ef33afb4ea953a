using System;
using System.Collections.Generic;

namespace Papers.Graphs;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on an undirected weighted graph: move nodes between
/// neighbouring communities while modularity grows, then merge communities into nodes and repeat. Nodes are
/// visited in index order and ties go to the lower community, so the result is deterministic.
/// </summary>
internal static class Louvain
{
    public static (int[] Community, double Modularity) Detect(int nodeCount, IReadOnlyList<GraphEdge> edges, double resolution = 1.0)
    {
        // Current level: adjacency over the current (super)nodes.
        var adjacency = new Dictionary<int, double>[nodeCount];
        for (int i = 0; i < nodeCount; i++)
        {
            adjacency[i] = new Dictionary<int, double>();
        }

        foreach (GraphEdge edge in edges)
        {
            Add(adjacency, edge.Source, edge.Target, edge.Weight);
            Add(adjacency, edge.Target, edge.Source, edge.Weight);
        }

        var membership = new int[nodeCount];
        for (int i = 0; i < nodeCount; i++)
        {
            membership[i] = i;
        }

        for (int level = 0; level < 32; level++)
        {
            int[] local = OneLevel(adjacency, resolution, out bool moved);
            if (!moved)
            {
                break;
            }

            int[] renumbered = Renumber(local, out int communities);
            for (int i = 0; i < nodeCount; i++)
            {
                membership[i] = renumbered[membership[i]];
            }

            adjacency = Aggregate(adjacency, renumbered, communities);
        }

        int[] final = Renumber(membership, out _);
        return (final, Modularity(nodeCount, edges, final, resolution));
    }

    public static double Modularity(int nodeCount, IReadOnlyList<GraphEdge> edges, int[] community, double resolution = 1.0)
    {
        double total = 0;
        var degree = new double[nodeCount];
        var inside = new Dictionary<int, double>();
        var tot = new Dictionary<int, double>();
        foreach (GraphEdge edge in edges)
        {
            total += edge.Weight;
            degree[edge.Source] += edge.Weight;
            degree[edge.Target] += edge.Weight;
            if (community[edge.Source] == community[edge.Target])
            {
                inside[community[edge.Source]] = (inside.TryGetValue(community[edge.Source], out double w) ? w : 0) + edge.Weight;
            }
        }

        if (total <= 0)
        {
            return 0;
        }

        for (int i = 0; i < nodeCount; i++)
        {
            tot[community[i]] = (tot.TryGetValue(community[i], out double t) ? t : 0) + degree[i];
        }

        double q = 0;
        foreach (var pair in tot)
        {
            double internalWeight = inside.TryGetValue(pair.Key, out double w) ? w : 0;
            q += (internalWeight / total) - (resolution * Math.Pow(pair.Value / (2 * total), 2));
        }

        return q;
    }

    private static int[] OneLevel(Dictionary<int, double>[] adjacency, double resolution, out bool movedAny)
    {
        int n = adjacency.Length;
        var community = new int[n];
        var degree = new double[n];
        var tot = new double[n];
        double m2 = 0;
        for (int i = 0; i < n; i++)
        {
            community[i] = i;
            foreach (var pair in adjacency[i])
            {
                degree[i] += pair.Value;
            }

            tot[i] = degree[i];
            m2 += degree[i];
        }

        movedAny = false;
        if (m2 <= 0)
        {
            return community;
        }

        var weightTo = new Dictionary<int, double>();
        for (int pass = 0; pass < 100; pass++)
        {
            bool moved = false;
            for (int i = 0; i < n; i++)
            {
                int current = community[i];
                weightTo.Clear();
                foreach (var pair in adjacency[i])
                {
                    if (pair.Key == i)
                    {
                        continue;
                    }

                    int c = community[pair.Key];
                    weightTo[c] = (weightTo.TryGetValue(c, out double w) ? w : 0) + pair.Value;
                }

                tot[current] -= degree[i];
                int best = current;
                double bestGain = Gain(weightTo.TryGetValue(current, out double own) ? own : 0, tot[current], degree[i], m2, resolution);
                foreach (var pair in weightTo)
                {
                    double gain = Gain(pair.Value, tot[pair.Key], degree[i], m2, resolution);
                    if (gain > bestGain + 1e-12 || (Math.Abs(gain - bestGain) <= 1e-12 && pair.Key < best && gain > 0))
                    {
                        best = pair.Key;
                        bestGain = gain;
                    }
                }

                tot[best] += degree[i];
                if (best != current)
                {
                    community[i] = best;
                    moved = true;
                    movedAny = true;
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return community;
    }

    private static double Gain(double weightToCommunity, double communityTotal, double degree, double m2, double resolution) =>
        weightToCommunity - (resolution * communityTotal * degree / m2);

    private static int[] Renumber(int[] community, out int count)
    {
        var map = new Dictionary<int, int>();
        var result = new int[community.Length];
        for (int i = 0; i < community.Length; i++)
        {
            if (!map.TryGetValue(community[i], out int id))
            {
                id = map.Count;
                map.Add(community[i], id);
            }

            result[i] = id;
        }

        count = map.Count;
        return result;
    }

    private static Dictionary<int, double>[] Aggregate(Dictionary<int, double>[] adjacency, int[] community, int count)
    {
        var next = new Dictionary<int, double>[count];
        for (int c = 0; c < count; c++)
        {
            next[c] = new Dictionary<int, double>();
        }

        for (int i = 0; i < adjacency.Length; i++)
        {
            foreach (var pair in adjacency[i])
            {
                Add(next, community[i], community[pair.Key], pair.Value);
            }
        }

        return next;
    }

    private static void Add(Dictionary<int, double>[] adjacency, int from, int to, double weight) =>
        adjacency[from][to] = (adjacency[from].TryGetValue(to, out double w) ? w : 0) + weight;
}
