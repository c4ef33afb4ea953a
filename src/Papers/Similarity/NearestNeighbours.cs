using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Papers.Similarity;

/// <summary>
/// The k most similar documents of every document without materialising all pairs: TF-IDF cosines are
/// accumulated through an inverted index, so only documents that share a term are ever compared, and the best
/// <see cref="Candidates"/> of them are scored by <see cref="SimilarityMeasure"/> (TF-IDF and latent cosine).
/// Very common terms (in more than <see cref="CommonTermShare"/> of a large corpus) do not nominate candidates,
/// which keeps 100,000 documents tractable; every candidate is then scored exactly on its full vector.
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

    /// <summary>
    /// Candidates per document rescored with the latent cosine, at least. Measured on the arXiv abstracts: with 100,
    /// neighbours agree with the categories as often as when every pair is scored (0.751 and 0.750, docs/quality.md).
    /// </summary>
    public const int Candidates = 100;

    /// <param name="vectors">The documents' TF-IDF vectors.</param>
    /// <param name="latent">Their latent coordinates, or null to rank by TF-IDF cosine alone.</param>
    /// <param name="k">Neighbours per document.</param>
    /// <param name="cancellationToken">Stops the work between documents.</param>
    public static (int Neighbour, float Similarity)[][] Compute(TermVectors vectors, LatentSpace? latent, int k, CancellationToken cancellationToken = default)
    {
        int n = vectors.Count;
        int maxDocumentFrequency = n <= ExactUpTo ? int.MaxValue : Math.Max(1000, (int)(n * CommonTermShare));
        int cap = PostingCap(vectors, maxDocumentFrequency);
        // A capped list keeps its first documents: the lowest indexes, which also win ties.
        var postings = TermPostings.Build(vectors, df => Nominates(df, maxDocumentFrequency) ? cap : 0);
        bool exact = n <= ExactUpTo && cap == int.MaxValue;
        var result = new (int, float)[n][];
        Parallel.For(
            0,
            n,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new Scratch(n),
            (d, _, scratch) =>
            {
                result[d] = Nearest(vectors, latent, postings, d, k, scratch, exact);
                return scratch;
            },
            _ => { });
        return result;
    }

    private static (int, float)[] Nearest(TermVectors vectors, LatentSpace? latent, TermPostings postings, int d, int k, Scratch scratch, bool exact)
    {
        SparseVector vector = vectors.Vectors[d];
        float[] scores = scratch.Scores;
        int[] touched = scratch.Touched;
        int touchedCount = 0;
        for (int t = 0; t < vector.Terms.Length; t++)
        {
            int term = vector.Terms[t];
            float weight = vector.Weights[t];
            for (int i = postings.Start[term], end = postings.Start[term + 1]; i < end; i++)
            {
                int other = postings.Documents[i];
                float score = scores[other];
                if (score == 0)
                {
                    touched[touchedCount++] = other;
                }

                scores[other] = score + (weight * postings.Weights[i]);
            }
        }

        // Keep the best candidates by TF-IDF score; rescore them with the latent cosine and, when common terms
        // were skipped, with their exact TF-IDF cosine.
        bool rescore = latent != null || !exact;
        var best = new TopK(rescore ? Math.Max(k * 8, latent != null ? Candidates : 64) : k);
        foreach (int other in touched.AsSpan(0, touchedCount))
        {
            if (other != d)
            {
                best.Offer(other, scores[other]);
            }

            scores[other] = 0;
        }

        if (!rescore)
        {
            return best.ToArray();
        }

        var rescored = new TopK(k);
        foreach (var (other, score) in best.ToArray())
        {
            float terms = exact ? score : vector.Dot(vectors.Vectors[other]);
            rescored.Offer(other, latent == null ? terms : SimilarityMeasure.Combine(terms, latent.Cosine(d, other)));
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

    private sealed class Scratch
    {
        public Scratch(int n)
        {
            Scores = new float[n];
            Touched = new int[n];
        }

        public float[] Scores { get; }

        public int[] Touched { get; }
    }

    /// <summary>
    /// The k best (highest score, then lowest index) seen so far: a min-heap of k whose root is the worst kept, so
    /// an offer costs O(log k) and most cost one comparison.
    /// </summary>
    private sealed class TopK
    {
        private readonly (int Doc, float Score)[] _heap;
        private int _count;

        public TopK(int k) => _heap = new (int, float)[k];

        public void Offer(int doc, float score)
        {
            if (score <= 0)
            {
                return;
            }

            if (_count < _heap.Length)
            {
                _heap[_count] = (doc, score);
                Up(_count++);
            }
            else if (Better(doc, score, _heap[0]))
            {
                _heap[0] = (doc, score);
                Down(0);
            }
        }

        public (int, float)[] ToArray()
        {
            var items = new (int Doc, float Score)[_count];
            Array.Copy(_heap, items, _count);
            Array.Sort(items, (x, y) => Better(x.Doc, x.Score, y) ? -1 : Better(y.Doc, y.Score, x) ? 1 : 0);
            return items;
        }

        private void Up(int i)
        {
            while (i > 0)
            {
                int parent = (i - 1) / 2;
                if (!Better(_heap[parent].Doc, _heap[parent].Score, _heap[i]))
                {
                    return;
                }

                (_heap[parent], _heap[i]) = (_heap[i], _heap[parent]);
                i = parent;
            }
        }

        private void Down(int i)
        {
            while (true)
            {
                int worst = i;
                foreach (int child in (ReadOnlySpan<int>)[(2 * i) + 1, (2 * i) + 2])
                {
                    if (child < _count && Better(_heap[worst].Doc, _heap[worst].Score, _heap[child]))
                    {
                        worst = child;
                    }
                }

                if (worst == i)
                {
                    return;
                }

                (_heap[worst], _heap[i]) = (_heap[i], _heap[worst]);
                i = worst;
            }
        }

        private static bool Better(int doc, float score, (int Doc, float Score) other) =>
            score > other.Score || (score == other.Score && doc < other.Doc);
    }
}
