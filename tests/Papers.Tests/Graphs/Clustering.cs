using Papers.Graphs;
using Papers.Similarity;

namespace Papers.Tests.Graphs;

/// <summary>Measurement helpers: normalised mutual information and a spherical k-means baseline.</summary>
internal static class Clustering
{
    /// <summary>NMI with the arithmetic-mean normalisation (scikit-learn's default).</summary>
    public static double Nmi(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        int n = a.Count;
        var joint = new Dictionary<(int, int), int>();
        var ca = new Dictionary<int, int>();
        var cb = new Dictionary<int, int>();
        for (int i = 0; i < n; i++)
        {
            joint[(a[i], b[i])] = joint.GetValueOrDefault((a[i], b[i])) + 1;
            ca[a[i]] = ca.GetValueOrDefault(a[i]) + 1;
            cb[b[i]] = cb.GetValueOrDefault(b[i]) + 1;
        }

        double mi = joint.Sum(p => (double)p.Value / n * Math.Log((double)p.Value * n / (ca[p.Key.Item1] * (double)cb[p.Key.Item2])));
        double ha = -ca.Values.Sum(v => (double)v / n * Math.Log((double)v / n));
        double hb = -cb.Values.Sum(v => (double)v / n * Math.Log((double)v / n));
        return ha + hb == 0 ? 1 : 2 * mi / (ha + hb);
    }

    /// <summary>Spherical k-means on the L2-normalised TF-IDF vectors, k-means++ seeding with a fixed seed, best of 5 runs.</summary>
    public static int[] KMeans(TermVectors vectors, int k, int seed = 7)
    {
        int n = vectors.Count;
        int dims = vectors.Vocabulary.Length;
        int[] best = new int[n];
        double bestInertia = double.MaxValue;
        var random = new Random(seed);
        for (int run = 0; run < 5; run++)
        {
            var centroids = new List<double[]> { Dense(vectors.Vectors[random.Next(n)], dims) };
            while (centroids.Count < k)
            {
                var distance = Enumerable.Range(0, n).Select(i => centroids.Min(c => 1 - Dot(vectors.Vectors[i], c))).ToArray();
                double pick = random.NextDouble() * distance.Sum();
                int chosen = 0;
                for (double acc = distance[0]; acc < pick && chosen < n - 1; acc += distance[++chosen])
                {
                }

                centroids.Add(Dense(vectors.Vectors[chosen], dims));
            }

            var assignment = new int[n];
            double inertia = 0;
            for (int iteration = 0; iteration < 50; iteration++)
            {
                inertia = 0;
                bool changed = false;
                for (int i = 0; i < n; i++)
                {
                    int arg = 0;
                    double bestSim = double.MinValue;
                    for (int c = 0; c < k; c++)
                    {
                        double sim = Dot(vectors.Vectors[i], centroids[c]);
                        if (sim > bestSim)
                        {
                            bestSim = sim;
                            arg = c;
                        }
                    }

                    changed |= assignment[i] != arg;
                    assignment[i] = arg;
                    inertia += 1 - bestSim;
                }

                if (!changed && iteration > 0)
                {
                    break;
                }

                for (int c = 0; c < k; c++)
                {
                    var sum = new double[dims];
                    for (int i = 0; i < n; i++)
                    {
                        if (assignment[i] == c)
                        {
                            SparseVector v = vectors.Vectors[i];
                            for (int t = 0; t < v.Terms.Length; t++)
                            {
                                sum[v.Terms[t]] += v.Weights[t];
                            }
                        }
                    }

                    double norm = Math.Sqrt(sum.Sum(x => x * x));
                    centroids[c] = norm == 0 ? centroids[c] : sum.Select(x => x / norm).ToArray();
                }
            }

            if (inertia < bestInertia)
            {
                bestInertia = inertia;
                best = assignment;
            }
        }

        return best;
    }

    private static double[] Dense(SparseVector vector, int dims)
    {
        var dense = new double[dims];
        for (int t = 0; t < vector.Terms.Length; t++)
        {
            dense[vector.Terms[t]] = vector.Weights[t];
        }

        return dense;
    }

    private static double Dot(SparseVector vector, double[] centroid)
    {
        double sum = 0;
        for (int t = 0; t < vector.Terms.Length; t++)
        {
            sum += vector.Weights[t] * centroid[vector.Terms[t]];
        }

        return sum;
    }
}
