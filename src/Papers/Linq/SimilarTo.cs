using System;
using System.Collections.Generic;
using System.Linq;
using Papers.Graphs;

namespace Papers;

public static partial class PaperQueries
{
    /// <summary>The <paramref name="k"/> papers most similar to <paramref name="paper"/> by TF-IDF cosine, most similar first.</summary>
    public static IEnumerable<Paper> SimilarTo(this IEnumerable<Paper> papers, Paper paper, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        return SimilarIterator(papers, paper, k);
    }

    private static IEnumerable<Paper> SimilarIterator(IEnumerable<Paper> papers, Paper paper, int k)
    {
        foreach (var (similar, _) in papers.Related(paper, k))
        {
            yield return similar;
        }
    }
}
