using System;
using System.Collections.Generic;
using System.Linq;
using Papers.Similarity;

namespace Papers.Linq;

public static partial class PaperEnumerable
{
    /// <summary>
    /// The <paramref name="k"/> papers of the set most similar to <paramref name="paper"/> by TF-IDF cosine, most
    /// similar first, with their similarity (0…1).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="paper"/> is not in the set.</exception>
    public static IReadOnlyList<(Paper Paper, double Similarity)> SimilarTo(this IEnumerable<Paper> papers, Paper paper, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        SimilarityIndex index = SimilarityIndex.For(papers);
        int i = index.IndexOf(paper);
        if (i < 0)
        {
            throw new ArgumentException($"The paper '{paper.Id}' is not in this set.", nameof(paper));
        }

        return index.Ranked(i).Take(k).Select(p => (index.Papers[p.Index], (double)p.Similarity)).ToList();
    }
}
