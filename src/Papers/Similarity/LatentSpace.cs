using System;
using System.Numerics;
using System.Threading.Tasks;

namespace Papers.Similarity;

/// <summary>
/// Latent semantic analysis: every document's TF-IDF vector projected onto the top singular directions of the
/// corpus (a truncated SVD found by randomized range finding, Halko, Martinsson and Tropp 2011), L2-normalised.
/// Two abstracts that say the same thing in different words ("segmentation" and "mask", "policy" and "reward")
/// are close here even where they share few terms, which is what TF-IDF alone misses.
/// </summary>
/// <remarks>
/// Deterministic: a fixed seed draws the random test matrix, and every sum runs in one order whatever the number
/// of threads (each output row is computed by one thread). Terms in one document only are left out: they cannot
/// link two documents, and leaving them out keeps the test matrix small.
/// </remarks>
internal sealed class LatentSpace
{
    /// <summary>Dimensions kept. Measured on the arXiv abstracts: 50 agrees with categories more than 100 (docs/quality.md).</summary>
    public const int DefaultDimensions = 50;

    // Extra columns sampled beyond the dimensions kept, and power iterations: the usual choices for a spectrum
    // that decays slowly, as text's does.
    private const int Oversampling = 10;
    private const int PowerIterations = 2;
    private const int Seed = 20111;

    private readonly float[] _coordinates;

    private LatentSpace(float[] coordinates, int dimensions)
    {
        _coordinates = coordinates;
        Dimensions = dimensions;
    }

    /// <summary>Dimensions of each document's coordinates (fewer than asked for when the corpus is tiny).</summary>
    public int Dimensions { get; }

    /// <summary>One document's unit-length coordinates.</summary>
    public ReadOnlySpan<float> this[int document] => _coordinates.AsSpan(document * Dimensions, Dimensions);

    /// <summary>Cosine of two documents in the latent space.</summary>
    public float Cosine(int a, int b) => Dot(this[a], this[b]);

    public static LatentSpace Build(TermVectors vectors, int dimensions = DefaultDimensions)
    {
        int n = vectors.Count;
        var columns = SharedTerms(vectors, out int termCount);
        int rank = Math.Min(dimensions, Math.Min(n, termCount));
        int width = Math.Min(rank + Oversampling, Math.Min(n, termCount));
        if (rank == 0)
        {
            return new LatentSpace(new float[n], 0);
        }

        // Aᵀ by rows: the kept terms' documents.
        var byTerm = TermPostings.Build(vectors, df => Shared(df) ? df : 0);

        // Y = A·Ω, then power iterations Y = A·Aᵀ·Y with re-orthonormalisation between products.
        double[] omega = Gaussian(termCount, width);
        double[] y = TimesTerms(vectors, columns, omega, width);
        Orthonormalize(y, n, width);
        double[] z;
        for (int q = 0; q < PowerIterations; q++)
        {
            z = TimesDocuments(byTerm, columns, termCount, y, width);
            Orthonormalize(z, termCount, width);
            y = TimesTerms(vectors, columns, z, width);
            Orthonormalize(y, n, width);
        }

        // A ≈ Q·B with B = Qᵀ·A; B·Bᵀ = Zᵀ·Z where Z = Aᵀ·Q. Its eigenvectors U and eigenvalues σ² give the
        // document coordinates Q·U·Σ (what TruncatedSVD.transform returns), of which the top rank are kept.
        z = TimesDocuments(byTerm, columns, termCount, y, width);
        double[] gram = Gram(z, termCount, width);
        var (values, eigenvectors) = SymmetricEigen.Decompose(gram, width);
        var coordinates = new float[n * rank];
        Parallel.For(0, n, d =>
        {
            double norm = 0;
            var row = new double[rank];
            for (int c = 0; c < rank; c++)
            {
                double sigma = Math.Sqrt(Math.Max(0, values[c]));
                double sum = 0;
                for (int j = 0; j < width; j++)
                {
                    sum += y[(d * width) + j] * eigenvectors[(j * width) + c];
                }

                row[c] = sum * sigma;
                norm += row[c] * row[c];
            }

            double scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
            for (int c = 0; c < rank; c++)
            {
                coordinates[(d * rank) + c] = (float)(row[c] * scale);
            }
        });

        return new LatentSpace(coordinates, rank);
    }

    // A term in one document only cannot link two documents: it is left out of the matrix.
    private static bool Shared(int documentFrequency) => documentFrequency >= 2;

    // Column of each vocabulary term in the reduced matrix, or −1 for a term left out.
    private static int[] SharedTerms(TermVectors vectors, out int count)
    {
        var columns = new int[vectors.Vocabulary.Length];
        count = 0;
        for (int t = 0; t < columns.Length; t++)
        {
            columns[t] = Shared(vectors.DocumentFrequency[t]) ? count++ : -1;
        }

        return columns;
    }

    // A (documents × kept terms) times a dense (terms × width) matrix, row-major.
    private static double[] TimesTerms(TermVectors vectors, int[] columns, double[] dense, int width)
    {
        var result = new double[vectors.Count * width];
        Parallel.For(0, vectors.Count, d =>
        {
            SparseVector vector = vectors.Vectors[d];
            Span<double> row = result.AsSpan(d * width, width);
            for (int i = 0; i < vector.Terms.Length; i++)
            {
                int column = columns[vector.Terms[i]];
                if (column >= 0)
                {
                    Axpy(vector.Weights[i], dense.AsSpan(column * width, width), row);
                }
            }
        });
        return result;
    }

    // Aᵀ (kept terms × documents) times a dense (documents × width) matrix, row-major.
    private static double[] TimesDocuments(TermPostings byTerm, int[] columns, int termCount, double[] dense, int width)
    {
        var result = new double[termCount * width];
        Parallel.For(0, columns.Length, t =>
        {
            if (columns[t] < 0)
            {
                return;
            }

            Span<double> row = result.AsSpan(columns[t] * width, width);
            for (int i = byTerm.Start[t]; i < byTerm.Start[t + 1]; i++)
            {
                Axpy(byTerm.Weights[i], dense.AsSpan(byTerm.Documents[i] * width, width), row);
            }
        });
        return result;
    }

    private static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var scale = new Vector<double>(a);
            for (; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                (new Vector<double>(y.Slice(i)) + (scale * new Vector<double>(x.Slice(i)))).CopyTo(y.Slice(i));
            }
        }

        for (; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    private static double[] Gaussian(int rows, int width)
    {
        var random = new Random(Seed);
        var result = new double[rows * width];
        for (int i = 0; i < result.Length; i += 2)
        {
            // Box–Muller: two normal draws from two uniform ones.
            double u = 1.0 - random.NextDouble();
            double v = random.NextDouble();
            double radius = Math.Sqrt(-2.0 * Math.Log(u));
            result[i] = radius * Math.Cos(2 * Math.PI * v);
            if (i + 1 < result.Length)
            {
                result[i + 1] = radius * Math.Sin(2 * Math.PI * v);
            }
        }

        return result;
    }

    // Modified Gram–Schmidt on the columns of a row-major (rows × width) matrix, run twice ("twice is enough")
    // so that the columns stay orthogonal to working precision. A column that vanishes is left zero. The columns
    // are copied out to be contiguous, so every dot product and update is one vectorised pass.
    private static void Orthonormalize(double[] matrix, int rows, int width)
    {
        var columns = new double[width][];
        for (int c = 0; c < width; c++)
        {
            var column = columns[c] = new double[rows];
            for (int r = 0; r < rows; r++)
            {
                column[r] = matrix[(r * width) + c];
            }
        }

        for (int pass = 0; pass < 2; pass++)
        {
            for (int c = 0; c < width; c++)
            {
                for (int p = 0; p < c; p++)
                {
                    Axpy(-Dot(columns[c], columns[p]), columns[p], columns[c]);
                }

                double norm = Math.Sqrt(Dot(columns[c], columns[c]));
                double scale = norm > 1e-12 ? 1 / norm : 0;
                foreach (ref double value in columns[c].AsSpan())
                {
                    value *= scale;
                }
            }
        }

        for (int c = 0; c < width; c++)
        {
            for (int r = 0; r < rows; r++)
            {
                matrix[(r * width) + c] = columns[c][r];
            }
        }
    }

    // The float coordinates' cosines and the double columns' products: one vectorised loop for both.
    private static T Dot<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
        where T : struct, INumber<T>
    {
        T sum = T.Zero;
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var acc = Vector<T>.Zero;
            for (; i <= x.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                acc += new Vector<T>(x.Slice(i)) * new Vector<T>(y.Slice(i));
            }

            sum = Vector.Sum(acc);
        }

        for (; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    // Mᵀ·M of a row-major (rows × width) matrix.
    private static double[] Gram(double[] matrix, int rows, int width)
    {
        var gram = new double[width * width];
        for (int r = 0; r < rows; r++)
        {
            for (int i = 0; i < width; i++)
            {
                double a = matrix[(r * width) + i];
                if (a == 0)
                {
                    continue;
                }

                for (int j = i; j < width; j++)
                {
                    gram[(i * width) + j] += a * matrix[(r * width) + j];
                }
            }
        }

        for (int i = 0; i < width; i++)
        {
            for (int j = 0; j < i; j++)
            {
                gram[(i * width) + j] = gram[(j * width) + i];
            }
        }

        return gram;
    }
}
