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

    public string Name => "arXiv snapshot";

    /// <summary>The lines that were skipped, by line number (1-based), after <see cref="FindAsync"/>.</summary>
    public IReadOnlyList<long> SkippedLines { get; private set; } = Array.Empty<long>();

    /// <summary>How many records were read.</summary>
    public long Records { get; private set; }

    public Task<IReadOnlyList<SourceAnswer>> FindAsync(IReadOnlyList<EnrichQuery> queries, CancellationToken cancellation) =>
        Task.Run<IReadOnlyList<SourceAnswer>>(() => Find(queries, cancellation), cancellation);

    private SourceAnswer[] Find(IReadOnlyList<EnrichQuery> queries, CancellationToken cancellation)
    {
        var index = new QueryIndex(queries);
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
        Parallel.ForEach(Partitioner.Create(chunks.GetConsumingEnumerable(cancellation), EnumerablePartitionerOptions.NoBuffering), options, () => new SnapshotScan(index, byId, byTitle, skipped), (chunk, _, scan) =>
        {
            scan.Run(chunk.Bytes.AsSpan(0, chunk.Length), chunk.FirstLine);
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
}
