using System.Numerics;

namespace Papers.Tool.Enrich;

/// <summary>
/// The queries as the snapshot scan meets them: by arXiv id, by title key, and by their rarest words. A record is
/// compared with a query's title only when it has enough of the query's rarest words; everything that rules a query
/// out before that is laid out next to the word that points at it, so a record reads its probe lists front to back.
/// </summary>
internal sealed class QueryIndex
{
    /// <summary>How many of its rarest words make a query's signature (fewer for short titles).</summary>
    public const int SignatureWords = 4;

    // Words too common to tell titles apart: never a signature.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "in", "on", "with", "to", "and", "via", "from", "by", "at", "is", "are", "its", "as", "or",
        "we", "our", "towards", "toward", "using", "based", "into", "through", "without", "beyond", "under", "over",
    };

    public QueryIndex(IReadOnlyList<EnrichQuery> queries)
    {
        Keys = queries.Select(q => q.Key).ToArray();
        ById = new QueryGroups(queries.Select(q => q.ArxivId).ToArray());
        ByKey = new QueryGroups(Keys.Select(k => k.Length > 0 ? k : null).ToArray());
        Signatures = new int[queries.Count];
        SignatureIds = new int[queries.Count * SignatureWords];
        Letters = new ushort[queries.Count * TitleText.LetterBins];
        for (int q = 0; q < queries.Count; q++)
        {
            TitleText.CountLetters(Keys[q], Letters.AsSpan(q * TitleText.LetterBins, TitleText.LetterBins));
        }

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (EnrichQuery query in queries)
        {
            foreach (string word in query.Words.Distinct(StringComparer.Ordinal))
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        // Each query's few rarest telling words (rarest among the queries): its signature, rarest first.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var masks = new ulong[queries.Count];
        for (int q = 0; q < queries.Count; q++)
        {
            string[] distinct = queries[q].Words.Distinct(StringComparer.Ordinal).ToArray();
            string[] telling = distinct.Where(w => !Common.Contains(w)).ToArray();
            string[] signature = (telling.Length > 0 ? telling : distinct)
                .OrderBy(w => frequency[w]).ThenByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Take(SignatureWords).ToArray();
            Signatures[q] = signature.Length;
            for (int k = 0; k < signature.Length; k++)
            {
                if (!ids.TryGetValue(signature[k], out int id))
                {
                    ids[signature[k]] = id = words.Count;
                    words.Add(signature[k]);
                }

                SignatureIds[(q * SignatureWords) + k] = id;
                masks[q] |= Bit(id);
            }
        }

        // The first ProbeWords of a signature point back at its query, each with what rules the query out.
        var probes = new List<Probe>[words.Count];
        for (int id = 0; id < words.Count; id++)
        {
            probes[id] = new List<Probe>();
        }

        for (int q = 0; q < queries.Count; q++)
        {
            int needed = SharedWordsNeeded(Signatures[q]);
            // Two of a query's words may share a bit of the mask: each such word is one bit fewer to ask for.
            int slack = Signatures[q] - BitOperations.PopCount(masks[q]);
            (int shortest, int longest) = Lengths(Keys[q].Length);
            var probe = new Probe(masks[q], q, shortest, longest, needed - slack);
            for (int k = 0; k < ProbeWords(Signatures[q]); k++)
            {
                probes[SignatureIds[(q * SignatureWords) + k]].Add(probe);
            }
        }

        Words = new WordTable(words);
        ProbeStarts = new int[words.Count + 1];
        for (int id = 0; id < words.Count; id++)
        {
            ProbeStarts[id + 1] = ProbeStarts[id] + probes[id].Count;
        }

        Probes = probes.SelectMany(p => p).ToArray();
    }

    /// <summary>Each query's title key.</summary>
    public string[] Keys { get; }

    public QueryGroups ById { get; }

    public QueryGroups ByKey { get; }

    /// <summary>Each query key's letter counts, <see cref="TitleText.LetterBins"/> per query.</summary>
    public ushort[] Letters { get; }

    /// <summary>How many signature words each query has (fewer than four for short titles).</summary>
    public int[] Signatures { get; }

    /// <summary>Each query's signature words by number in <see cref="Words"/>, <see cref="SignatureWords"/> slots per query.</summary>
    public int[] SignatureIds { get; }

    /// <summary>Every query's signature words, numbered.</summary>
    public WordTable Words { get; }

    /// <summary>For word number w, the queries it is a probe word of: <c>Probes[ProbeStarts[w]..ProbeStarts[w + 1]]</c>.</summary>
    public int[] ProbeStarts { get; }

    public Probe[] Probes { get; }

    /// <summary>A signature word as one bit of a 64-bit mask: too few bits shared with a record rule a query out.</summary>
    public static ulong Bit(int word) => 1UL << (word & 63);

    // A title at least Floor alike keeps nearly all its words, so it shares all but one of a query's few rarest
    // (a typo may break one); counting shared words first leaves the edit distance to the few that can clear it.
    public static int SharedWordsNeeded(int signatures) => Math.Max(1, signatures - 1);

    // A record that shares that many of a query's signature words has one of its rarest few: the first
    // signatures - needed + 1 (two, or the one of a one-word signature). Only those words point at the query, so a
    // record meets the queries of its rare words only — not every query whose signature has a common word.
    private static int ProbeWords(int signatures) => signatures - SharedWordsNeeded(signatures) + 1;

    // The record key lengths that can be Floor alike with a key of this length: the edit budget of the longer key
    // (as TitleText.Similarity counts it) must cover the difference. Longer records have larger budgets, so the
    // longest is found by walking up.
    private static (int Shortest, int Longest) Lengths(int length)
    {
        int shortest = length - TitleText.Budget(length, TitleMatcher.Floor);
        int longest = length;
        while (longest < ushort.MaxValue && longest + 1 - length <= TitleText.Budget(longest + 1, TitleMatcher.Floor))
        {
            longest++;
        }

        return (shortest, longest);
    }

    /// <summary>A query as one of its probe words meets it: its mask, the key lengths it allows, the mask bits it needs.</summary>
    internal readonly record struct Probe(ulong Mask, int Query, int ShortestKey, int LongestKey, int BitsNeeded);
}
