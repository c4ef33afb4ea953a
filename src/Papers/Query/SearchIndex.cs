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

    private readonly Field _title;
    private readonly Field _abstract;

    private SearchIndex(IReadOnlyList<Paper> papers)
    {
        Papers = papers;
        _title = new Field(papers.Select(p => p.Title).ToList());
        _abstract = new Field(papers.Select(p => p.Abstract).ToList());

        // Document frequency over either field, for idf.
        _documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in _abstract.Postings)
        {
            _documentFrequency[pair.Key] = pair.Value.Count;
        }

        foreach (var pair in _title.Postings)
        {
            if (!_abstract.Postings.TryGetValue(pair.Key, out var inAbstract))
            {
                _documentFrequency[pair.Key] = pair.Value.Count;
                continue;
            }

            var docs = new HashSet<int>(inAbstract.Docs);
            int extra = pair.Value.Docs.Count(d => !docs.Contains(d));
            _documentFrequency[pair.Key] = inAbstract.Count + extra;
        }
    }

    private readonly Dictionary<string, int> _documentFrequency;

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
        List<int> first = Best(docs, scores);
        foreach (int i in first)
        {
            yield return (docs[i], scores[i], Matched(terms, masks[i]));
        }

        if (first.Count < FirstBatch)
        {
            yield break;
        }

        // Asked for more: score every document that has a term, and go on after the first batch.
        var (allDocs, allScores, allMasks) = Score(terms, int.MaxValue);
        var order = Enumerable.Range(0, allDocs.Length).ToList();
        order.Sort((a, b) => allScores[a] != allScores[b] ? allScores[b].CompareTo(allScores[a]) : allDocs[a].CompareTo(allDocs[b]));
        var shown = new HashSet<int>(first.Select(i => docs[i]));
        foreach (int i in order.Where(i => !shown.Contains(allDocs[i])))
        {
            yield return (allDocs[i], allScores[i], Matched(terms, allMasks[i]));
        }
    }

    private static IReadOnlyList<string> Matched(List<string> terms, ulong mask)
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

    // Indexes of the best FirstBatch entries, best first (score, then position in the set).
    private static List<int> Best(int[] docs, double[] scores) =>
        Best(docs.Length, FirstBatch, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : docs[a].CompareTo(docs[b]));

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
        var order = Enumerable.Range(0, terms.Count)
            .Select(q => (Term: q, Idf: Idf(terms[q]), Max: Idf(terms[q]) * ((TitleBoost * MaxOf(_title, terms[q])) + MaxOf(_abstract, terms[q]))))
            .OrderByDescending(t => t.Max).ThenBy(t => t.Term)
            .ToList();
        double remaining = order.Sum(t => t.Max);
        bool adding = true;
        foreach (var (q, idf, max) in order)
        {
            if (adding && k < int.MaxValue && scratch.Touched.Count >= k && KthScore(scratch, k) > remaining)
            {
                adding = false;
            }

            Accumulate(_title, terms[q], idf * TitleBoost, 1UL << q, scratch, adding);
            Accumulate(_abstract, terms[q], idf, 1UL << q, scratch, adding);
            remaining -= max;
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

    private static double MaxOf(Field field, string stem) => field.Postings.TryGetValue(stem, out Posting? posting) ? posting.Max : 0;

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

    // The k best of 0..count-1 by a bounded max-heap of the worst kept (log k per insert, instead of sorting all).
    private static List<int> Best(int count, int k, Comparison<int> compare)
    {
        var heap = new List<int>(k + 1);
        for (int doc = 0; doc < count; doc++)
        {
            if (heap.Count < k)
            {
                heap.Add(doc);
                SiftUp(heap, heap.Count - 1, compare);
            }
            else if (compare(doc, heap[0]) < 0)
            {
                heap[0] = doc;
                SiftDown(heap, 0, compare);
            }
        }

        heap.Sort(compare);
        return heap;
    }

    // Heap order: the root is the worst kept document (the largest by compare).
    private static void SiftUp(List<int> heap, int i, Comparison<int> compare)
    {
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (compare(heap[i], heap[parent]) <= 0)
            {
                return;
            }

            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private static void SiftDown(List<int> heap, int i, Comparison<int> compare)
    {
        while (true)
        {
            int left = (2 * i) + 1;
            int right = left + 1;
            int largest = i;
            if (left < heap.Count && compare(heap[left], heap[largest]) > 0)
            {
                largest = left;
            }

            if (right < heap.Count && compare(heap[right], heap[largest]) > 0)
            {
                largest = right;
            }

            if (largest == i)
            {
                return;
            }

            (heap[i], heap[largest]) = (heap[largest], heap[i]);
            i = largest;
        }
    }

    // Lucene's BM25 idf, ln(1 + (N − df + 0.5) / (df + 0.5)), over documents containing the term in any field.
    private double Idf(string stem)
    {
        int df = _documentFrequency.TryGetValue(stem, out int count) ? count : 0;
        double n = Papers.Count;
        return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
    }

    private static void Accumulate(Field field, string stem, double weight, ulong bit, Scratch scratch, bool adding)
    {
        if (!field.Postings.TryGetValue(stem, out Posting? postings))
        {
            return;
        }

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
        public int Count => Docs.Length;

        public double Max { get; } = Saturated.Length == 0 ? 0 : Saturated.Max();
    }
}
