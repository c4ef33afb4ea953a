using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Papers.Similarity;

/// <summary>
/// TF-IDF vectors, latent coordinates and k-nearest neighbours of one paper set, built once and reused: for a list
/// instance such as <c>PaperCatalog.All</c>, at most once per process (thread-safe).
/// </summary>
internal sealed class SimilarityIndex
{
    // The table may run its factory twice under a race, so it stores a Lazy: the index itself is built once.
    private static readonly ConditionalWeakTable<object, Lazy<SimilarityIndex>> Cache = new();

    private readonly Dictionary<string, int> _byId;
    private readonly Lazy<LatentSpace> _latent;
    private readonly Lazy<(int Neighbour, float Similarity)[][]> _neighbours;
    // Neighbour lists for k up to this are computed once and shared.
    private const int SharedK = 10;

    private SimilarityIndex(IReadOnlyList<Paper> papers)
    {
        Papers = papers;
        _byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < papers.Count; i++)
        {
            _byId[papers[i].Id] = i;
        }

        Vectors = TermVectors.Build(papers.Select(p => p.Title + " " + p.Abstract).ToList());
        _latent = new Lazy<LatentSpace>(() => LatentSpace.Build(Vectors));
        _neighbours = new Lazy<(int, float)[][]>(() => NearestNeighbours.Compute(Vectors, Latent, SharedK));
    }

    public IReadOnlyList<Paper> Papers { get; }

    public TermVectors Vectors { get; }

    public LatentSpace Latent => _latent.Value;

    public static SimilarityIndex For(IEnumerable<Paper> papers)
    {
        if (Catalog.PaperList.IsImmutable(papers))
        {
            return Cache.GetValue(papers, _ => new Lazy<SimilarityIndex>(() => new SimilarityIndex(Distinct(papers)))).Value;
        }

        return new SimilarityIndex(Distinct(papers));
    }

    public int IndexOf(Paper paper) => _byId.TryGetValue(paper.Id, out int index) ? index : -1;

    /// <summary>The k nearest neighbours of every paper (k ≤ 10 served from the shared computation).</summary>
    public (int Neighbour, float Similarity)[][] Neighbours(int k)
    {
        if (k <= SharedK)
        {
            var all = _neighbours.Value;
            return k == SharedK ? all : all.Select(n => n.Take(k).ToArray()).ToArray();
        }

        return NearestNeighbours.Compute(Vectors, Latent, k);
    }

    /// <summary>Similarity (<see cref="SimilarityMeasure"/>) to every other paper of the set, best first.</summary>
    public IEnumerable<(int Index, float Similarity)> Ranked(int index) =>
        Enumerable.Range(0, Papers.Count)
            .Where(i => i != index)
            .Select(i => (Index: i, Similarity: SimilarityMeasure.Of(Vectors, Latent, index, i)))
            .Where(p => p.Similarity > 0)
            .OrderByDescending(p => p.Similarity).ThenBy(p => p.Index);

    // A paper listed twice (same id) counts once.
    private static List<Paper> Distinct(IEnumerable<Paper> papers)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<Paper>();
        foreach (Paper paper in papers)
        {
            if (paper is null)
            {
                throw new ArgumentException("The paper set contains null.", nameof(papers));
            }

            if (seen.Add(paper.Id))
            {
                list.Add(paper);
            }
        }

        return list;
    }
}
