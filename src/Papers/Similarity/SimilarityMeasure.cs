using System;

namespace Papers.Similarity;

/// <summary>
/// How alike two papers are: the mean of their TF-IDF cosine (the words they share) and their cosine in the
/// <see cref="LatentSpace"/> (what those words stand for), 0…1. Each alone agrees less with the arXiv categories
/// than the two together (docs/quality.md). A negative latent cosine counts as 0 rather than cancelling the terms
/// a pair shares.
/// </summary>
internal static class SimilarityMeasure
{
    public static float Combine(float termCosine, float latentCosine) => (termCosine + Math.Max(0, latentCosine)) / 2;

    public static float Of(TermVectors vectors, LatentSpace latent, int a, int b) =>
        Combine(vectors.Vectors[a].Dot(vectors.Vectors[b]), latent.Cosine(a, b));
}
