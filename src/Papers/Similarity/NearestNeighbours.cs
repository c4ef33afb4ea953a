using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Papers.Similarity;

/// <summary>
/// The k most similar documents of every document, by cosine, without materialising all pairs: scores are
/// accumulated through an inverted index, so only documents that share a term are ever compared. Very common
/// terms (in more than <see cref="CommonTermShare"/> of a large corpus) do not nominate candidates, which keeps
/// 100,000 documents tractable; every candidate is then scored exactly on its full vector.
/// </summary>
internal static class NearestNeighbours
{
    /// <summary>Corpora up to this size use every term to nominate candidates (exact results).</summary>
    public const int ExactUpTo = 20_000;

    public const double CommonTermShare = 0.05;

    /// <summary>
    /// The work, in posting entries read, a document may cost on average before candidate lists are capped. Real
    /// corpora stay well below it (the 9,049-paper archive reads ~37,000 per document, the arXiv set ~10,000), so
    /// they get exact results; near-identical abstracts, where every document shares every term, would otherwise
    /// cost n² (5,000 papers: 60,000 per document; 20,000: 240,000).
    /// </summary>
    public const int WorkPerDocument = 50_000;

    public static (int Neighbour, float Similarity)[][] Compute(TermVectors vectors, int k, CancellationToken cancellationToken = default)
    {
        int n = vectors.Count;
        int maxDocumentFrequency = n <= ExactUpTo ? int.MaxValue : Math.Max(1000, (int)(n * CommonTermShare));
        int cap = PostingCap(vectors, maxDocumentFrequency);
        var postings = BuildPostings(vectors, maxDocumentFrequency, cap);
        bool exact = n <= ExactUpTo && cap == int.MaxValue;
        var result = new (int, float)[n][];
        Parallel.For(
            0,
            n,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new Scratch(n),
            (d, _, scratch) =>
            {
                result[d] = Nearest(vectors, postings, d, k, scratch, exact);
                return scratch;
            },
            _ => { });
        return result;
    }

    private static (int, float)[] Nearest(TermVectors vectors, List<(int Doc, float Weight)>?[] postings, int d, int k, Scratch scratch, bool exact)
    {
        SparseVector vector = vectors.Vectors[d];
        for (int t = 0; t < vector.Terms.Length; t++)
        {
            List<(int Doc, float Weight)>? list = postings[vector.Terms[t]];
            if (list == null)
            {
                continue;
            }

            float weight = vector.Weights[t];
            foreach (var (other, otherWeight) in list)
            {
                if (other == d)
                {
                    continue;
                }

                if (scratch.Scores[other] == 0)
                {
                    scratch.Touched.Add(other);
                }

                scratch.Scores[other] += weight * otherWeight;
            }
        }

        // Keep the best candidates by partial score; when common terms were skipped, rescore them exactly.
        var best = new TopK(exact ? k : Math.Max(k * 8, 64));
        foreach (int other in scratch.Touched)
        {
            best.Offer(other, scratch.Scores[other]);
            scratch.Scores[other] = 0;
        }

        scratch.Touched.Clear();
        if (exact)
        {
            return best.ToArray();
        }

        var rescored = new TopK(k);
        foreach (var (other, _) in best.ToArray())
        {
            rescored.Offer(other, vector.Dot(vectors.Vectors[other]));
        }

        return rescored.ToArray();
    }

    // The longest a posting list may be so that reading them costs at most WorkPerDocument per document on
    // average; int.MaxValue when the corpus is within it. A capped list keeps its first documents (the lowest
    // indexes, which also win ties), and every candidate found is rescored on its full vector. A term's list is
    // read once by each of its df documents, so with a cap it costs df · min(df, cap): summed per term, not per
    // posting.
    internal static int PostingCap(TermVectors vectors, int maxDocumentFrequency)
    {
        long Work(long cap)
        {
            long work = 0;
            foreach (int df in vectors.DocumentFrequency)
            {
                work += Nominates(df, maxDocumentFrequency) ? df * Math.Min(df, cap) : 0;
            }

            return work;
        }

        long budget = (long)WorkPerDocument * vectors.Count;
        if (Work(int.MaxValue) <= budget)
        {
            return int.MaxValue;
        }

        // The largest cap whose work fits: the work grows with the cap, so search it.
        int low = 1, high = vectors.Count;
        while (low < high)
        {
            int mid = low + ((high - low + 1) / 2);
            if (Work(mid) <= budget)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    // Terms in one document nominate nobody; terms in too many (large corpora only) are skipped.
    private static bool Nominates(int documentFrequency, int maxDocumentFrequency) =>
        documentFrequency >= 2 && documentFrequency <= maxDocumentFrequency;

    private static List<(int, float)>?[] BuildPostings(TermVectors vectors, int maxDocumentFrequency, int cap)
    {
        var postings = new List<(int, float)>?[vectors.Vocabulary.Length];
        for (int d = 0; d < vectors.Count; d++)
        {
            SparseVector vector = vectors.Vectors[d];
            for (int t = 0; t < vector.Terms.Length; t++)
            {
                int term = vector.Terms[t];
                if (!Nominates(vectors.DocumentFrequency[term], maxDocumentFrequency))
                {
                    continue;
                }

                List<(int, float)> list = postings[term] ??= new List<(int, float)>(Math.Min(cap, vectors.DocumentFrequency[term]));
                if (list.Count < cap)
                {
                    list.Add((d, vector.Weights[t]));
                }
            }
        }

        return postings;
    }

    private sealed class Scratch
    {
        public Scratch(int n) => Scores = new float[n];

        public float[] Scores { get; }

        public List<int> Touched { get; } = new();
    }

    /// <summary>The k best (highest score, then lowest index) seen so far.</summary>
    private sealed class TopK
    {
        private readonly int _k;
        private readonly List<(int Doc, float Score)> _items;

        public TopK(int k)
        {
            _k = k;
            _items = new List<(int, float)>(k + 1);
        }

        public void Offer(int doc, float score)
        {
            if (score <= 0 || (_items.Count == _k && !Better(doc, score, _items[_items.Count - 1])))
            {
                return;
            }

            int index = _items.Count;
            while (index > 0 && Better(doc, score, _items[index - 1]))
            {
                index--;
            }

            _items.Insert(index, (doc, score));
            if (_items.Count > _k)
            {
                _items.RemoveAt(_k);
            }
        }

        public (int, float)[] ToArray() => _items.ToArray();

        private static bool Better(int doc, float score, (int Doc, float Score) other) =>
            score > other.Score || (score == other.Score && doc < other.Doc);
    }
}
