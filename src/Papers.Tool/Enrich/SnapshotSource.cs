using System.Collections.Concurrent;

namespace Papers.Tool.Enrich;

/// <summary>
/// arXiv's metadata snapshot, streamed once: a reader fills chunks of whole lines, the cores scan them, and only
/// a bounded number of chunks is ever in memory. Each line is glanced at (id and title); only a line whose id is
/// asked for or whose title is a candidate is read whole. Lines that are not JSON are reported with their number
/// and skipped.
/// </summary>
internal sealed class SnapshotSource(string path, IProgress<(long Done, long Total)>? progress = null) : IArxivSource
{
    private const int ChunkSize = 4 << 20;
    private const int ChunksInFlight = 4;
    private const int CandidatesKept = 8;
    private const int SignatureWords = 4;

    // A title at least Floor alike keeps nearly all its words, so it shares all but one of a query's few rarest
    // (a typo may break one); counting shared words first leaves the edit distance to the few that can clear it.
    private static int SharedWordsNeeded(int signatures) => Math.Max(1, signatures - 1);

    // A record that shares that many of a query's signature words has one of its rarest few: the first
    // signatures - needed + 1 (two, or the one of a one-word signature). Only those words point at the query, so a
    // record meets the queries of its rare words only — not every query whose signature has a common word.
    private static int ProbeWords(int signatures) => signatures - SharedWordsNeeded(signatures) + 1;

    // Words too common to tell titles apart: never a signature.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "in", "on", "with", "to", "and", "via", "from", "by", "at", "is", "are", "its", "as", "or",
        "we", "our", "towards", "toward", "using", "based", "into", "through", "without", "beyond", "under", "over",
    };

    public string Name => "arXiv snapshot";

    /// <summary>The lines that were skipped, by line number (1-based), after <see cref="FindAsync"/>.</summary>
    public IReadOnlyList<long> SkippedLines { get; private set; } = Array.Empty<long>();

    /// <summary>How many records were read.</summary>
    public long Records { get; private set; }

    public Task<IReadOnlyList<SourceAnswer>> FindAsync(IReadOnlyList<EnrichQuery> queries, CancellationToken cancellation) =>
        Task.Run<IReadOnlyList<SourceAnswer>>(() => Find(queries, cancellation), cancellation);

    private SourceAnswer[] Find(IReadOnlyList<EnrichQuery> queries, CancellationToken cancellation)
    {
        var index = new QueryIndex(queries, SignatureWords);
        var byId = new ArxivRecord?[queries.Count];
        var byTitle = new List<Candidate>[queries.Count];
        for (int q = 0; q < queries.Count; q++)
        {
            byTitle[q] = new List<Candidate>();
        }

        var skipped = new ConcurrentBag<long>();
        long records = 0;
        using var chunks = new BlockingCollection<Chunk>(ChunksInFlight);
        Exception? readFailure = null;
        var reader = Task.Run(() =>
        {
            try
            {
                Read(chunks, cancellation);
            }
            catch (Exception e)
            {
                readFailure = e;
            }
            finally
            {
                chunks.CompleteAdding();
            }
        }, CancellationToken.None);

        var options = new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(Partitioner.Create(chunks.GetConsumingEnumerable(cancellation), EnumerablePartitionerOptions.NoBuffering), options, () => new Scan(queries.Count), (chunk, _, scan) =>
        {
            scan.Run(chunk, index, queries, byId, byTitle, skipped);
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk.Bytes);
            return scan;
        }, scan => Interlocked.Add(ref records, scan.Records));
        reader.Wait(cancellation);
        if (readFailure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(readFailure).Throw();
        }

        Records = records;
        SkippedLines = skipped.OrderBy(n => n).ToArray();
        var answers = new SourceAnswer[queries.Count];
        for (int q = 0; q < queries.Count; q++)
        {
            answers[q] = new SourceAnswer(byId[q], byTitle[q]);
        }

        return answers;
    }

    // Fills chunks of whole lines; a line longer than a chunk grows the buffer for that chunk.
    private void Read(BlockingCollection<Chunk> chunks, CancellationToken cancellation)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        long total = stream.Length;
        long line = 1;
        byte[] carry = Array.Empty<byte>();
        int carried = 0;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(ChunkSize, carried * 2));
            Buffer.BlockCopy(carry, 0, buffer, 0, carried);
            int filled = carried;
            int read;
            while (filled < buffer.Length && (read = stream.Read(buffer, filled, buffer.Length - filled)) > 0)
            {
                filled += read;
            }

            bool end = filled < buffer.Length;
            int cut = end ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
            if (cut == 0)
            {
                // One line fills the whole buffer: read on with a bigger one.
                carry = buffer.AsSpan(0, filled).ToArray();
                carried = filled;
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                continue;
            }

            var chunk = new Chunk(buffer, cut, line);
            line += buffer.AsSpan(0, cut).Count((byte)'\n');
            carry = buffer.AsSpan(cut, filled - cut).ToArray();
            carried = carry.Length;
            chunks.Add(chunk, cancellation);
            progress?.Report((stream.Position - carried, total));
            if (end)
            {
                return;
            }
        }
    }

    private sealed record Chunk(byte[] Bytes, int Length, long FirstLine);

    /// <summary>The queries by id, by title key and by their rarest words.</summary>
    private sealed class QueryIndex
    {
        public QueryIndex(IReadOnlyList<EnrichQuery> queries, int signatureWords)
        {
            SignatureWords = signatureWords;
            Signatures = new int[queries.Count];
            SignatureIds = new int[queries.Count * signatureWords];
            Masks = new ulong[queries.Count];
            Letters = new ushort[queries.Count * TitleText.LetterBins];
            for (int q = 0; q < queries.Count; q++)
            {
                TitleText.CountLetters(queries[q].Key, Letters.AsSpan(q * TitleText.LetterBins, TitleText.LetterBins));
            }

            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int q = 0; q < queries.Count; q++)
            {
                Add(ById, queries[q].ArxivId, q);
                Add(ByKey, queries[q].Key.Length > 0 ? queries[q].Key : null, q);
                foreach (string word in queries[q].Words.Distinct(StringComparer.Ordinal))
                {
                    frequency[word] = frequency.GetValueOrDefault(word) + 1;
                }
            }

            // Each query's few rarest telling words (rarest among the queries): its signature, rarest first; the
            // first ProbeWords of them point back at the query.
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var words = new List<string>();
            var probes = new List<List<int>>();
            for (int q = 0; q < queries.Count; q++)
            {
                string[] distinct = queries[q].Words.Distinct(StringComparer.Ordinal).ToArray();
                string[] telling = distinct.Where(w => !Common.Contains(w)).ToArray();
                string[] signature = (telling.Length > 0 ? telling : distinct)
                    .OrderBy(w => frequency[w]).ThenByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Take(signatureWords).ToArray();
                Signatures[q] = signature.Length;
                for (int k = 0; k < signature.Length; k++)
                {
                    if (!ids.TryGetValue(signature[k], out int id))
                    {
                        ids[signature[k]] = id = words.Count;
                        words.Add(signature[k]);
                        probes.Add(new List<int>());
                    }

                    SignatureIds[(q * signatureWords) + k] = id;
                    Masks[q] |= Bit(id);
                    if (k < ProbeWords(signature.Length))
                    {
                        probes[id].Add(q);
                    }
                }
            }

            Slack = new int[queries.Count];
            for (int q = 0; q < queries.Count; q++)
            {
                Slack[q] = Signatures[q] - System.Numerics.BitOperations.PopCount(Masks[q]);
            }

            Words = new WordTable(words);
            ProbeStarts = new int[words.Count + 1];
            for (int id = 0; id < words.Count; id++)
            {
                ProbeStarts[id + 1] = ProbeStarts[id] + probes[id].Count;
            }

            Probes = probes.SelectMany(p => p).ToArray();
            IdLookup = ById.GetAlternateLookup<ReadOnlySpan<char>>();
            KeyLookup = ByKey.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>Each query key's letter counts, <see cref="TitleText.LetterBins"/> per query.</summary>
        public ushort[] Letters { get; }

        /// <summary>How many signature words each query has (fewer than four for short titles).</summary>
        public int[] Signatures { get; }

        /// <summary>Each query's signature words by number in <see cref="Words"/>, <see cref="SignatureWords"/> slots per query.</summary>
        public int[] SignatureIds { get; }

        public int SignatureWords { get; }

        /// <summary>Each query's signature words as bits (<see cref="Bit"/>): too few bits shared with a record rule the query out.</summary>
        public ulong[] Masks { get; }

        /// <summary>How many of each query's signature words share a bit of <see cref="Masks"/> with another of its words.</summary>
        public int[] Slack { get; }

        /// <summary>Every query's signature words, numbered.</summary>
        public WordTable Words { get; }

        /// <summary>For word number w, the queries it is a probe word of: <c>Probes[ProbeStarts[w]..ProbeStarts[w + 1]]</c>.</summary>
        public int[] ProbeStarts { get; }

        public int[] Probes { get; }

        public Dictionary<string, List<int>> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>> ByKey { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> IdLookup { get; }

        public Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> KeyLookup { get; }

        public static ulong Bit(int word) => 1UL << (word & 63);

        private static void Add(Dictionary<string, List<int>> map, string? key, int query)
        {
            if (key is null)
            {
                return;
            }

            if (!map.TryGetValue(key, out List<int>? list))
            {
                map[key] = list = new List<int>(1);
            }

            list.Add(query);
        }
    }

    /// <summary>One worker's state: which queries the current line was compared with, and its title's key and words.</summary>
    private sealed class Scan(int queries)
    {
        private readonly long[] _seen = new long[queries];
        private readonly ushort[] _letters = new ushort[TitleText.LetterBins];
        private char[] _key = new char[1024];
        private int[] _wordEnds = new int[256];
        private int[] _found = new int[256];

        public long Records { get; private set; }

        public void Run(Chunk chunk, QueryIndex index, IReadOnlyList<EnrichQuery> queries, ArxivRecord?[] byId, List<Candidate>[] byTitle, ConcurrentBag<long> skipped)
        {
            ReadOnlySpan<byte> rest = chunk.Bytes.AsSpan(0, chunk.Length);
            long lineNumber = chunk.FirstLine;
            while (rest.Length > 0)
            {
                int newline = rest.IndexOf((byte)'\n');
                ReadOnlySpan<byte> line = newline < 0 ? rest : rest.Slice(0, newline);
                rest = newline < 0 ? ReadOnlySpan<byte>.Empty : rest.Slice(newline + 1);
                long number = lineNumber++;
                if (line.TrimEnd("\r\t "u8).IsEmpty)
                {
                    continue;
                }

                if (!SnapshotLine.TryReadHead(line, out SnapshotLine.Head head))
                {
                    skipped.Add(number);
                    continue;
                }

                Records++;
                if (!Look(line, head, number, index, queries, byId, byTitle))
                {
                    skipped.Add(number);
                }
            }
        }

        // Compares one record with the queries; false when its line, read whole, is not a valid record.
        private bool Look(ReadOnlySpan<byte> line, SnapshotLine.Head head, long stamp, QueryIndex index, IReadOnlyList<EnrichQuery> queries, ArxivRecord?[] byId, List<Candidate>[] byTitle)
        {
            ArxivRecord? record = null;
            bool broken = false;
            ArxivRecord? Whole(ReadOnlySpan<byte> text)
            {
                if (record is null && !broken)
                {
                    record = SnapshotLine.Parse(text);
                    broken = record is null;
                }

                return record;
            }

            if (index.ById.Count > 0 && AskedFor(index, head.Id(line), head.IdEscaped) is List<int> askers && Whole(line) is ArxivRecord found)
            {
                foreach (int q in askers)
                {
                    Volatile.Write(ref byId[q], found);
                }
            }

            int words = Words(head.Title(line), head.TitleEscaped, out int keyLength);
            ReadOnlySpan<char> key = _key.AsSpan(0, keyLength);
            if (index.KeyLookup.TryGetValue(key, out List<int>? equal))
            {
                foreach (int q in equal)
                {
                    // Already a candidate at 1: marked as checked, so the similar-title pass skips it.
                    _seen[q] = stamp;
                    if (Whole(line) is ArxivRecord same)
                    {
                        Keep(byTitle[q], new Candidate(same, 1));
                    }
                }
            }

            // The record's signature words (each once), then the queries they are a probe word of, each checked once.
            int signatures = 0;
            ulong mask = 0;
            for (int w = 0; w < words; w++)
            {
                int start = w == 0 ? 0 : _wordEnds[w - 1];
                ReadOnlySpan<char> word = _key.AsSpan(start, _wordEnds[w] - start);
                int id = index.Words.Find(word);
                if (id >= 0 && Array.IndexOf(_found, id, 0, signatures) < 0)
                {
                    _found[signatures++] = id;
                    mask |= QueryIndex.Bit(id);
                }
            }

            bool counted = false;
            for (int f = 0; f < signatures; f++)
            {
                int id = _found[f];
                for (int p = index.ProbeStarts[id]; p < index.ProbeStarts[id + 1]; p++)
                {
                    int q = index.Probes[p];
                    int needed = SharedWordsNeeded(index.Signatures[q]);
                    // Each shared word sets a shared bit, but two of the query's words may share one: with that slack,
                    // too few bits rule the query out without a look at its words (the same answer for each of its
                    // probe words, so it need not be marked as seen).
                    if (System.Numerics.BitOperations.PopCount(index.Masks[q] & mask) + index.Slack[q] < needed || _seen[q] == stamp)
                    {
                        continue;
                    }

                    _seen[q] = stamp;
                    if (Shared(index, q, signatures) < needed)
                    {
                        continue;
                    }

                    // Letters that one key has and the other lacks each cost an edit: most records stop here.
                    if (!counted)
                    {
                        TitleText.CountLetters(key, _letters);
                        counted = true;
                    }

                    if (!TitleText.MayBeAlike(queries[q].Key.Length, index.Letters.AsSpan(q * TitleText.LetterBins, TitleText.LetterBins), key.Length, _letters, TitleMatcher.Floor))
                    {
                        continue;
                    }

                    double score = TitleText.Similarity(queries[q].Key, key, TitleMatcher.Floor);
                    if (score >= TitleMatcher.Floor && Whole(line) is ArxivRecord alike)
                    {
                        Keep(byTitle[q], new Candidate(alike, score));
                    }
                }
            }

            return !broken;
        }

        // The queries that asked for this id; plain ASCII ids (all of arXiv's) are looked up without a string.
        private static List<int>? AskedFor(QueryIndex index, ReadOnlySpan<byte> id, bool escaped)
        {
            id = id.Trim(" \t"u8);
            if (!escaped && id.Length <= 64 && id.IndexOfAnyExceptInRange((byte)0x21, (byte)0x7E) < 0)
            {
                Span<char> chars = stackalloc char[id.Length];
                for (int i = 0; i < id.Length; i++)
                {
                    chars[i] = (char)id[i];
                }

                return index.IdLookup.TryGetValue(chars, out List<int>? plain) ? plain : null;
            }

            return index.ById.TryGetValue(SnapshotLine.Decode(id, escaped).Trim(), out List<int>? askers) ? askers : null;
        }

        // The title's key into _key and its word ends into _wordEnds: without allocating for plain titles.
        private int Words(ReadOnlySpan<byte> json, bool escaped, out int keyLength)
        {
            if (TitleText.TryAscii(json, _key, _wordEnds, out keyLength, out int count))
            {
                return count;
            }

            string[] words = TitleText.Words(SnapshotLine.Decode(json, escaped));
            int length = words.Sum(w => w.Length);
            if (length > _key.Length)
            {
                _key = new char[length * 2];
            }

            if (words.Length > _wordEnds.Length)
            {
                _wordEnds = new int[words.Length * 2];
                _found = new int[words.Length * 2];
            }

            keyLength = 0;
            for (int w = 0; w < words.Length; w++)
            {
                words[w].CopyTo(_key.AsSpan(keyLength));
                keyLength += words[w].Length;
                _wordEnds[w] = keyLength;
            }

            return words.Length;
        }

        // How many of query q's signature words the record has (its own are the first `found` of _found).
        private int Shared(QueryIndex index, int q, int found)
        {
            int shared = 0;
            ReadOnlySpan<int> mine = _found.AsSpan(0, found);
            foreach (int id in index.SignatureIds.AsSpan(q * index.SignatureWords, index.Signatures[q]))
            {
                shared += mine.Contains(id) ? 1 : 0;
            }

            return shared;
        }

        // The best few candidates per query; equal scores in id order, so the outcome never depends on threads.
        private static void Keep(List<Candidate> kept, Candidate candidate)
        {
            lock (kept)
            {
                kept.Add(candidate);
                if (kept.Count > CandidatesKept)
                {
                    kept.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Record.Id, b.Record.Id));
                    kept.RemoveAt(kept.Count - 1);
                }
            }
        }
    }
}
