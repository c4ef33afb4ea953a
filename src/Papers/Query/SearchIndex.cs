using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Papers.Catalog;
using Papers.Text;

namespace Papers.Query;

/// <summary>
/// BM25 (k1 = 1.2, b = 0.75) over two fields, title (boost 2) and abstract, with Porter stems and no function
/// words. Built once per paper set and reused: for an immutable set such as <c>PaperCatalog.All</c>, at most once per
/// process (thread-safe, via a weak table keyed by the set).
/// </summary>
internal sealed class SearchIndex
{
    public const double K1 = 1.2;
    public const double B = 0.75;
    public const double TitleBoost = 2.0;

    // The table may run its factory twice under a race, so it stores a Lazy: the index itself is built once.
    private static readonly ConditionalWeakTable<object, Lazy<SearchIndex>> Cache = new();

    // One posting list per stem over both fields: each document's BM25 term weight without idf,
    // TitleBoost·tf-part(title) + tf-part(abstract). One walk per query term, and a tight bound for pruning.
    private readonly Dictionary<string, Posting> _postings = new(StringComparer.Ordinal);

    private SearchIndex(IReadOnlyList<Paper> papers)
    {
        Papers = papers;
        var title = new Field(papers.Select(p => p.Title).ToList());
        var summary = new Field(papers.Select(p => p.Abstract).ToList());
        foreach (var pair in summary.Postings)
        {
            _postings[pair.Key] = title.Postings.TryGetValue(pair.Key, out Posting? inTitle) ? Merge(inTitle, pair.Value) : pair.Value;
        }

        foreach (var pair in title.Postings)
        {
            if (!summary.Postings.ContainsKey(pair.Key))
            {
                _postings[pair.Key] = Merge(pair.Value, Posting.Empty);
            }
        }
    }

    // Both lists are in document order; a document in either gets TitleBoost·title + abstract.
    private static Posting Merge(Posting title, Posting summary)
    {
        var docs = new List<int>(title.Count + summary.Count);
        var weights = new List<double>(title.Count + summary.Count);
        int t = 0;
        int a = 0;
        while (t < title.Count || a < summary.Count)
        {
            int nextTitle = t < title.Count ? title.Docs[t] : int.MaxValue;
            int nextSummary = a < summary.Count ? summary.Docs[a] : int.MaxValue;
            int doc = Math.Min(nextTitle, nextSummary);
            double weight = 0;
            if (nextTitle == doc)
            {
                weight += TitleBoost * title.Saturated[t++];
            }

            if (nextSummary == doc)
            {
                weight += summary.Saturated[a++];
            }

            docs.Add(doc);
            weights.Add(weight);
        }

        return new Posting(docs.ToArray(), weights.ToArray());
    }

    public IReadOnlyList<Paper> Papers { get; }

    public static SearchIndex For(IEnumerable<Paper> papers) =>
        PaperList.IsImmutable(papers)
            ? Cache.GetValue(papers, _ => new Lazy<SearchIndex>(() => new SearchIndex(papers.ToList()))).Value
            : new SearchIndex(papers.ToList());

    /// <summary>
    /// Every paper that contains at least one of the terms with its score and matched terms, best first (ties: set
    /// order). Lazy: the best <see cref="FirstBatch"/> are found with a bounded heap, and the rest sorted only if asked for.
    /// </summary>
    public IEnumerable<(int Paper, double Score, IReadOnlyList<string> Matched)> Rank(IReadOnlyList<string> stems)
    {
        List<string> terms = stems.Distinct(StringComparer.Ordinal).Take(64).ToList();

        // The first batch, with MaxScore-style pruning: exact, and usually all a caller takes.
        var (docs, scores, masks) = Score(terms, FirstBatch);
        for (int i = 0; i < docs.Length; i++)
        {
            yield return (docs[i], scores[i], Matched(terms, masks[i]));
        }

        if (docs.Length < FirstBatch)
        {
            yield break;
        }

        // Asked for more: score every document that has a term, and go on after the first batch.
        var (allDocs, allScores, allMasks) = Score(terms, int.MaxValue);
        var order = Enumerable.Range(0, allDocs.Length).ToList();
        order.Sort((a, b) => allScores[a] != allScores[b] ? allScores[b].CompareTo(allScores[a]) : allDocs[a].CompareTo(allDocs[b]));
        var shown = new HashSet<int>(docs);
        foreach (int i in order.Where(i => !shown.Contains(allDocs[i])))
        {
            yield return (allDocs[i], allScores[i], Matched(terms, allMasks[i]));
        }
    }

    private static List<string> Matched(List<string> terms, ulong mask)
    {
        var matched = new List<string>();
        for (int q = 0; q < terms.Count; q++)
        {
            if ((mask & (1UL << q)) != 0)
            {
                matched.Add(terms[q]);
            }
        }

        return matched;
    }

    // Accumulates BM25 in per-thread arrays the size of the set (no per-query allocation of them), then copies out
    // just the documents touched, so the arrays are clean for the next query before anything is yielded.
    // With k below int.MaxValue, terms go by falling maximum contribution and, once k candidates already beat
    // everything the remaining terms could give a new document, those terms only complete the candidates' scores
    // (Moffat and Zobel's "continue"): the top k come out exact, without walking every posting of common words.
    private (int[] Docs, double[] Scores, ulong[] Masks) Score(List<string> terms, int k)
    {
        if (_scratch is null || _scratch.Scores.Length < Papers.Count)
        {
            _scratch = new Scratch(Papers.Count);
        }

        Scratch scratch = _scratch;
        var order = new List<(int Term, double Idf, double Max, Posting Posting)>(terms.Count);
        for (int q = 0; q < terms.Count; q++)
        {
            if (_postings.TryGetValue(terms[q], out Posting? posting))
            {
                double idf = Idf(posting.Count);
                order.Add((q, idf, idf * posting.Max, posting));
            }
        }

        order.Sort((x, y) => x.Max != y.Max ? y.Max.CompareTo(x.Max) : x.Term.CompareTo(y.Term));
        double remaining = 0;
        foreach (var term in order)
        {
            remaining += term.Max;
        }

        bool adding = true;
        foreach (var (q, idf, max, posting) in order)
        {
            if (adding && k < int.MaxValue && scratch.Touched.Count >= k && KthScore(scratch, k) > remaining)
            {
                adding = false;
            }

            Accumulate(posting, idf, 1UL << q, scratch, adding);
            remaining -= max;
        }

        if (k < int.MaxValue)
        {
            return TakeBest(scratch, k);
        }

        int[] docs = scratch.Touched.ToArray();
        var scores = new double[docs.Length];
        var masks = new ulong[docs.Length];
        for (int i = 0; i < docs.Length; i++)
        {
            scores[i] = scratch.Scores[docs[i]];
            masks[i] = scratch.Masks[docs[i]];
            scratch.Scores[docs[i]] = 0;
            scratch.Masks[docs[i]] = 0;
        }

        scratch.Touched.Clear();
        return (docs, scores, masks);
    }

    // The k best touched documents, best first (score, then position in the set), straight from the scratch
    // arrays, which are cleared on the way: no arrays the size of all candidates, no sort of them.
    private static (int[] Docs, double[] Scores, ulong[] Masks) TakeBest(Scratch scratch, int k)
    {
        var bestDocs = new int[k];
        var bestScores = new double[k];
        int count = 0;
        foreach (int doc in scratch.Touched)
        {
            double score = scratch.Scores[doc];
            if (count == k && !Better(score, doc, bestScores[k - 1], bestDocs[k - 1]))
            {
                continue;
            }

            // Insertion into the sorted prefix: k is small and most candidates stop at the check above.
            int i = count < k ? count++ : k - 1;
            while (i > 0 && Better(score, doc, bestScores[i - 1], bestDocs[i - 1]))
            {
                bestScores[i] = bestScores[i - 1];
                bestDocs[i] = bestDocs[i - 1];
                i--;
            }

            bestScores[i] = score;
            bestDocs[i] = doc;
        }

        var masks = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            masks[i] = scratch.Masks[bestDocs[i]];
        }

        foreach (int doc in scratch.Touched)
        {
            scratch.Scores[doc] = 0;
            scratch.Masks[doc] = 0;
        }

        scratch.Touched.Clear();
        Array.Resize(ref bestDocs, count);
        Array.Resize(ref bestScores, count);
        return (bestDocs, bestScores, masks);
    }

    private static bool Better(double score, int doc, double otherScore, int otherDoc) =>
        score > otherScore || (score == otherScore && doc < otherDoc);

    // The k-th best partial score among the candidates (partial scores only grow): quickselect, linear on average.
    private static double KthScore(Scratch scratch, int k)
    {
        int n = scratch.Touched.Count;
        if (scratch.Selection.Length < n)
        {
            scratch.Selection = new double[Math.Max(n, scratch.Selection.Length * 2)];
        }

        double[] values = scratch.Selection;
        for (int i = 0; i < n; i++)
        {
            values[i] = scratch.Scores[scratch.Touched[i]];
        }

        // Partition around pivots until index k − 1 holds the k-th largest.
        int left = 0;
        int right = n - 1;
        int target = k - 1;
        while (left < right)
        {
            double pivot = values[(left + right) >> 1];
            int i = left;
            int j = right;
            while (i <= j)
            {
                while (values[i] > pivot)
                {
                    i++;
                }

                while (values[j] < pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (target <= j)
            {
                right = j;
            }
            else if (target >= i)
            {
                left = i;
            }
            else
            {
                break;
            }
        }

        return values[target];
    }

    [ThreadStatic]
    private static Scratch? _scratch;

    private sealed class Scratch
    {
        public Scratch(int size)
        {
            Scores = new double[size];
            Masks = new ulong[size];
        }

        public double[] Scores { get; }

        public ulong[] Masks { get; }

        public List<int> Touched { get; } = new();

        public double[] Selection { get; set; } = new double[256];
    }

    /// <summary>How many top hits are selected before any full sort.</summary>
    public const int FirstBatch = 32;

    // Lucene's BM25 idf, ln(1 + (N − df + 0.5) / (df + 0.5)), over documents containing the term in any field.
    private double Idf(int documentFrequency)
    {
        double n = Papers.Count;
        return Math.Log(1 + ((n - documentFrequency + 0.5) / (documentFrequency + 0.5)));
    }

    private static void Accumulate(Posting postings, double weight, ulong bit, Scratch scratch, bool adding)
    {
        double[] scores = scratch.Scores;
        ulong[] masks = scratch.Masks;
        int[] docs = postings.Docs;
        double[] saturated = postings.Saturated;
        if (!adding && scratch.Touched.Count * 16 < docs.Length)
        {
            // Few candidates, a long list: look each candidate up (postings are in document order).
            foreach (int doc in scratch.Touched)
            {
                int i = Array.BinarySearch(docs, doc);
                if (i >= 0)
                {
                    scores[doc] += weight * saturated[i];
                    masks[doc] |= bit;
                }
            }

            return;
        }

        for (int i = 0; i < docs.Length; i++)
        {
            int doc = docs[i];
            if (masks[doc] == 0)
            {
                if (!adding)
                {
                    continue;
                }

                scratch.Touched.Add(doc);
            }

            scores[doc] += weight * saturated[i];
            masks[doc] |= bit;
        }
    }

    /// <summary>The query words BM25 uses: stems, without function words.</summary>
    public static List<string> Terms(string text) =>
        Tokenizer.Tokenize(text).Where(t => !StopWords.Contains(t.Lower)).Select(t => t.Stem).ToList();

    /// <summary>One field's inverted index: for each stem, the documents and their saturated term frequency.</summary>
    private sealed class Field
    {
        public Field(IReadOnlyList<string> texts)
        {
            var lengths = new int[texts.Count];
            var lists = new Dictionary<string, List<(int Doc, int Tf)>>(StringComparer.Ordinal);
            long total = 0;
            for (int d = 0; d < texts.Count; d++)
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (string stem in Terms(texts[d]))
                {
                    counts[stem] = counts.TryGetValue(stem, out int n) ? n + 1 : 1;
                    lengths[d]++;
                }

                total += lengths[d];
                foreach (var pair in counts)
                {
                    if (!lists.TryGetValue(pair.Key, out var list))
                    {
                        lists[pair.Key] = list = new List<(int, int)>();
                    }

                    list.Add((d, pair.Value));
                }
            }

            // BM25's tf part, tf·(k1 + 1) / (tf + k1·(1 − b + b·length/average)), depends only on the document: store it.
            double average = texts.Count == 0 ? 1 : Math.Max(1, (double)total / texts.Count);
            foreach (var pair in lists)
            {
                var docs = new int[pair.Value.Count];
                var saturated = new double[pair.Value.Count];
                for (int i = 0; i < docs.Length; i++)
                {
                    var (doc, tf) = pair.Value[i];
                    double norm = K1 * (1 - B + (B * lengths[doc] / average));
                    docs[i] = doc;
                    saturated[i] = tf * (K1 + 1) / (tf + norm);
                }

                Postings[pair.Key] = new Posting(docs, saturated);
            }
        }

        public Dictionary<string, Posting> Postings { get; } = new(StringComparer.Ordinal);
    }

    private sealed record Posting(int[] Docs, double[] Saturated)
    {
        public static readonly Posting Empty = new(Array.Empty<int>(), Array.Empty<double>());

        public int Count => Docs.Length;

        public double Max { get; } = Saturated.Length == 0 ? 0 : Saturated.Max();
    }
}
