using System;

namespace Papers.Graphs;

/// <summary>Weighted PageRank by power iteration (damping 0.85); isolated nodes share their rank with everyone.</summary>
internal static class PageRank
{
    public static double[] Compute(PaperGraph graph, double damping = 0.85, int maxIterations = 100, double tolerance = 1e-10)
    {
        int n = graph.Nodes.Count;
        var rank = new double[n];
        if (n == 0)
        {
            return rank;
        }

        var strength = new double[n];
        for (int i = 0; i < n; i++)
        {
            foreach (var (_, weight) in graph.Neighbours(i))
            {
                strength[i] += weight;
            }
        }

        for (int i = 0; i < n; i++)
        {
            rank[i] = 1.0 / n;
        }

        var next = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            double dangling = 0;
            for (int i = 0; i < n; i++)
            {
                if (strength[i] <= 0)
                {
                    dangling += rank[i];
                }
            }

            double baseRank = ((1 - damping) / n) + (damping * dangling / n);
            Array.Clear(next, 0, n);
            for (int i = 0; i < n; i++)
            {
                if (strength[i] <= 0)
                {
                    continue;
                }

                double share = damping * rank[i] / strength[i];
                foreach (var (j, weight) in graph.Neighbours(i))
                {
                    next[j] += share * weight;
                }
            }

            double change = 0;
            for (int i = 0; i < n; i++)
            {
                next[i] += baseRank;
                change += Math.Abs(next[i] - rank[i]);
            }

            (rank, next) = (next, rank);
            if (change < tolerance)
            {
                break;
            }
        }

        return rank;
    }
}
