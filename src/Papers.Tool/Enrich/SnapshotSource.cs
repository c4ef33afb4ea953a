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
    private const int SignatureWords = 3;

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
            byte[] buffer = new byte[Math.Max(ChunkSize, carried * 2)];
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
                (carry, carried) = (buffer, filled);
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

            // A title that is at least Floor alike shares most words, so it shares one of the few rarest.
            for (int q = 0; q < queries.Count; q++)
            {
                foreach (string word in queries[q].Words.Distinct(StringComparer.Ordinal)
                    .OrderBy(w => frequency[w]).ThenByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Take(signatureWords))
                {
                    Add(BySignature, word, q);
                }
            }

            KeyLookup = ByKey.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Dictionary<string, List<int>> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>> ByKey { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>> BySignature { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> KeyLookup { get; }

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

    /// <summary>One worker's state: which queries the current line was already compared with.</summary>
    private sealed class Scan(int queries)
    {
        private readonly long[] _seen = new long[queries];

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

                if (!SnapshotLine.TryReadHead(line, out string id, out string title))
                {
                    skipped.Add(number);
                    continue;
                }

                Records++;
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

                long stamp = number;
                if (index.ById.TryGetValue(id.Trim(), out List<int>? askers) && Whole(line) is ArxivRecord found)
                {
                    foreach (int q in askers)
                    {
                        Volatile.Write(ref byId[q], found);
                    }
                }

                string[] words = TitleText.Words(title);
                string key = string.Concat(words);
                if (index.KeyLookup.TryGetValue(key.AsSpan(), out List<int>? equal))
                {
                    foreach (int q in equal)
                    {
                        _seen[q] = stamp;
                        if (Whole(line) is ArxivRecord same)
                        {
                            Keep(byTitle[q], new Candidate(same, 1));
                        }
                    }
                }

                foreach (string word in words)
                {
                    if (!index.BySignature.TryGetValue(word, out List<int>? sharing))
                    {
                        continue;
                    }

                    foreach (int q in sharing)
                    {
                        if (_seen[q] == stamp)
                        {
                            continue;
                        }

                        _seen[q] = stamp;
                        double score = TitleText.Similarity(queries[q].Key, key, TitleMatcher.Floor);
                        if (score >= TitleMatcher.Floor && Whole(line) is ArxivRecord alike)
                        {
                            Keep(byTitle[q], new Candidate(alike, score));
                        }
                    }
                }

                if (broken)
                {
                    skipped.Add(number);
                }
            }
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
