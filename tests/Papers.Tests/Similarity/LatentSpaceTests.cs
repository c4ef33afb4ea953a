using Papers.Similarity;

namespace Papers.Tests.Similarity;

public class LatentSpaceTests
{
    private static readonly string[] Texts =
    [
        "graph neural networks for molecule property prediction",
        "message passing networks predict molecule properties",
        "molecule generation with graph diffusion",
        "image segmentation with masks and transformers",
        "mask transformers for panoptic image segmentation",
        "video segmentation with temporal masks",
        "reinforcement learning policy with reward shaping",
        "policy gradient reward learning for robots",
    ];

    [Fact]
    public void Without_truncation_the_latent_cosine_is_the_cosine_over_terms_that_two_papers_or_more_share()
    {
        var vectors = TermVectors.Build(Texts);
        var latent = LatentSpace.Build(vectors, dimensions: 50);

        latent.Dimensions.Should().Be(Texts.Length, "a corpus smaller than the dimensions keeps them all");
        for (int a = 0; a < Texts.Length; a++)
        {
            for (int b = 0; b < Texts.Length; b++)
            {
                latent.Cosine(a, b).Should().BeApproximately((float)SharedTermCosine(vectors, a, b), 1e-4f, $"papers {a} and {b}");
            }
        }
    }

    [Fact]
    public void Truncated_coordinates_are_unit_length_and_put_papers_on_one_subject_together()
    {
        var vectors = TermVectors.Build(Texts);
        var latent = LatentSpace.Build(vectors, dimensions: 3);

        latent.Dimensions.Should().Be(3);
        for (int d = 0; d < Texts.Length; d++)
        {
            latent.Cosine(d, d).Should().BeApproximately(1f, 1e-4f);
        }

        // Papers 0 and 1 share only "networks" and "molecule"; in three dimensions the molecule papers are one
        // direction, so they come out closer to each other than to any segmentation paper.
        latent.Cosine(0, 1).Should().BeGreaterThan(0.9f);
        latent.Cosine(0, 4).Should().BeLessThan(0.2f);
    }

    [Fact]
    public void The_same_corpus_gives_the_same_coordinates()
    {
        var vectors = TermVectors.Build(Texts);
        var first = LatentSpace.Build(vectors, dimensions: 3);
        var second = LatentSpace.Build(vectors, dimensions: 3);

        for (int d = 0; d < Texts.Length; d++)
        {
            first[d].ToArray().Should().Equal(second[d].ToArray());
        }
    }

    [Fact]
    public void Papers_that_share_no_term_with_anyone_have_no_coordinates_and_no_similarity()
    {
        var vectors = TermVectors.Build(["alpha beta", "gamma delta", string.Empty]);
        var latent = LatentSpace.Build(vectors);

        latent.Dimensions.Should().Be(0);
        latent.Cosine(0, 1).Should().Be(0);
    }

    private static double SharedTermCosine(TermVectors vectors, int a, int b)
    {
        Dictionary<int, float> Shared(int d) => vectors.Vectors[d].Terms
            .Select((t, i) => (t, w: vectors.Vectors[d].Weights[i]))
            .Where(p => vectors.DocumentFrequency[p.t] >= 2)
            .ToDictionary(p => p.t, p => p.w);
        var x = Shared(a);
        var y = Shared(b);
        double dot = x.Sum(p => p.Value * (double)y.GetValueOrDefault(p.Key));
        double norms = Math.Sqrt(x.Values.Sum(w => w * (double)w) * y.Values.Sum(w => w * (double)w));
        return norms == 0 ? 0 : dot / norms;
    }
}
