using System;
using System.Linq;

namespace Papers.Similarity;

/// <summary>
/// Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations: slow for big matrices but
/// exact to working precision and simple, which is all the 60 × 60 Gram matrix of <see cref="LatentSpace"/> needs.
/// </summary>
internal static class SymmetricEigen
{
    private const int MaxSweeps = 100;

    /// <summary>
    /// Decomposes a row-major (size × size) symmetric matrix: eigenvalues largest first, and eigenvector
    /// <c>e</c> as column <c>e</c> of the returned row-major matrix.
    /// </summary>
    public static (double[] Values, double[] Vectors) Decompose(double[] matrix, int size)
    {
        var a = (double[])matrix.Clone();
        var v = new double[size * size];
        for (int i = 0; i < size; i++)
        {
            v[(i * size) + i] = 1;
        }

        for (int sweep = 0; sweep < MaxSweeps && OffDiagonal(a, size) > 1e-22 * Math.Max(1e-300, Diagonal(a, size)); sweep++)
        {
            for (int p = 0; p < size - 1; p++)
            {
                for (int q = p + 1; q < size; q++)
                {
                    Rotate(a, v, size, p, q);
                }
            }
        }

        int[] order = Enumerable.Range(0, size).OrderByDescending(i => a[(i * size) + i]).ThenBy(i => i).ToArray();
        var values = order.Select(i => a[(i * size) + i]).ToArray();
        var vectors = new double[size * size];
        for (int row = 0; row < size; row++)
        {
            for (int e = 0; e < size; e++)
            {
                vectors[(row * size) + e] = v[(row * size) + order[e]];
            }
        }

        return (values, vectors);
    }

    // One rotation J in the (p, q) plane, A ← Jᵀ·A·J and V ← V·J, with the angle that zeroes a[p, q].
    private static void Rotate(double[] a, double[] v, int n, int p, int q)
    {
        double apq = a[(p * n) + q];
        if (apq == 0)
        {
            return;
        }

        double theta = (a[(q * n) + q] - a[(p * n) + p]) / (2 * apq);
        double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
        double c = 1 / Math.Sqrt((t * t) + 1);
        double s = t * c;
        for (int k = 0; k < n; k++)
        {
            double akp = a[(k * n) + p];
            double akq = a[(k * n) + q];
            a[(k * n) + p] = (c * akp) - (s * akq);
            a[(k * n) + q] = (s * akp) + (c * akq);
        }

        for (int k = 0; k < n; k++)
        {
            double apk = a[(p * n) + k];
            double aqk = a[(q * n) + k];
            a[(p * n) + k] = (c * apk) - (s * aqk);
            a[(q * n) + k] = (s * apk) + (c * aqk);
        }

        for (int k = 0; k < n; k++)
        {
            double vkp = v[(k * n) + p];
            double vkq = v[(k * n) + q];
            v[(k * n) + p] = (c * vkp) - (s * vkq);
            v[(k * n) + q] = (s * vkp) + (c * vkq);
        }
    }

    private static double OffDiagonal(double[] a, int n)
    {
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                sum += i == j ? 0 : a[(i * n) + j] * a[(i * n) + j];
            }
        }

        return sum;
    }

    private static double Diagonal(double[] a, int n)
    {
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += a[(i * n) + i] * a[(i * n) + i];
        }

        return sum;
    }
}
