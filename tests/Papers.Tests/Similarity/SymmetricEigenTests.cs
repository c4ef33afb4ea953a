using Papers.Similarity;

namespace Papers.Tests.Similarity;

public class SymmetricEigenTests
{
    [Fact]
    public void A_two_by_two_matrix_has_its_known_eigenpairs_largest_first()
    {
        var (values, vectors) = SymmetricEigen.Decompose([2, 1, 1, 2], 2);

        values.Should().Equal([3, 1], (a, b) => Math.Abs(a - b) < 1e-12);
        Math.Abs(vectors[0]).Should().BeApproximately(Math.Sqrt(0.5), 1e-12, "(1, 1)/√2 belongs to 3");
        (vectors[0] * vectors[2]).Should().BeApproximately(0.5, 1e-12, "both entries of the first eigenvector have one sign");
    }

    [Fact]
    public void A_random_symmetric_matrix_is_rebuilt_from_orthonormal_eigenvectors()
    {
        const int n = 12;
        var random = new Random(3);
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                a[(i * n) + j] = a[(j * n) + i] = random.NextDouble() - 0.5;
            }
        }

        var (values, v) = SymmetricEigen.Decompose(a, n);

        values.Should().BeInDescendingOrder();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double rebuilt = Enumerable.Range(0, n).Sum(e => v[(i * n) + e] * values[e] * v[(j * n) + e]);
                double dot = Enumerable.Range(0, n).Sum(r => v[(r * n) + i] * v[(r * n) + j]);
                rebuilt.Should().BeApproximately(a[(i * n) + j], 1e-10);
                dot.Should().BeApproximately(i == j ? 1 : 0, 1e-10);
            }
        }
    }
}
