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

            var docs = new HashSet<int>(inAbstract.Select(p => p.Doc));
            int extra = pair.Value.Count(p => !docs.Contains(p.Doc));
            _documentFrequency[pair.Key] = inAbstract.Count + extra;
        }
    }

    private readonly Dictionary<string, int> _documentFrequency;

    public IReadOnlyList<Paper> Papers { get; }

    public static SearchIndex For(IEnumerable<Paper> papers) =>
        PaperList.IsImmutable(papers)
            ? Cache.GetValue(papers, _ => new Lazy<SearchIndex>(() => new SearchIndex(papers.ToList()))).Value
            : new SearchIndex(papers.ToList());

    /// <summary>Scores of every paper that contains at least one of the terms, best first (ties: set order).</summary>
    public List<(int Paper, double Score, List<string> Matched)> Rank(IReadOnlyList<string> stems)
    {
        var scores = new Dictionary<int, double>();
        var matched = new Dictionary<int, List<string>>();
        foreach (string stem in stems.Distinct(StringComparer.Ordinal))
        {
            double idf = Idf(stem);
            Accumulate(_title, stem, idf * TitleBoost, scores, matched);
            Accumulate(_abstract, stem, idf, scores, matched);
        }

        return scores.Select(s => (s.Key, s.Value, matched[s.Key]))
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key)
            .ToList();
    }

    // Lucene's BM25 idf, ln(1 + (N − df + 0.5) / (df + 0.5)), over documents containing the term in any field.
    private double Idf(string stem)
    {
        int df = _documentFrequency.TryGetValue(stem, out int count) ? count : 0;
        double n = Papers.Count;
        return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
    }

    private static void Accumulate(Field field, string stem, double weight, Dictionary<int, double> scores, Dictionary<int, List<string>> matched)
    {
        if (!field.Postings.TryGetValue(stem, out var postings))
        {
            return;
        }

        foreach (var (doc, tf) in postings)
        {
            double norm = K1 * (1 - B + (B * field.Lengths[doc] / field.AverageLength));
            double score = weight * tf * (K1 + 1) / (tf + norm);
            scores[doc] = scores.TryGetValue(doc, out double s) ? s + score : score;
            if (!matched.TryGetValue(doc, out var words))
            {
                matched[doc] = words = new List<string>();
            }

            if (!words.Contains(stem))
            {
                words.Add(stem);
            }
        }
    }

    /// <summary>The query words BM25 uses: stems, without function words.</summary>
    public static List<string> Terms(string text) =>
        Tokenizer.Tokenize(text).Where(t => !StopWords.Contains(t.Lower)).Select(t => t.Stem).ToList();

    private sealed class Field
    {
        public Field(IReadOnlyList<string> texts)
        {
            Lengths = new int[texts.Count];
            long total = 0;
            for (int d = 0; d < texts.Count; d++)
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (string stem in Terms(texts[d]))
                {
                    counts[stem] = counts.TryGetValue(stem, out int n) ? n + 1 : 1;
                    Lengths[d]++;
                }

                total += Lengths[d];
                foreach (var pair in counts)
                {
                    if (!Postings.TryGetValue(pair.Key, out var list))
                    {
                        Postings[pair.Key] = list = new List<(int, int)>();
                    }

                    list.Add((d, pair.Value));
                }
            }

            AverageLength = texts.Count == 0 ? 1 : Math.Max(1, (double)total / texts.Count);
        }

        public Dictionary<string, List<(int Doc, int Tf)>> Postings { get; } = new(StringComparer.Ordinal);

        public int[] Lengths { get; }

        public double AverageLength { get; }
    }
}
