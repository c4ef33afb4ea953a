using System.IO.MemoryMappedFiles;

namespace Papers.Tool.Enrich;

/// <summary>
/// arXiv's metadata snapshot, streamed once: the file is cut into windows, the cores scan the windows' lines in
/// place (mapped, never copied or loaded whole), and each window owns the lines that start in it. Each line is
/// glanced at (id and title); only a line whose id is asked for or whose title is a candidate is read whole. Lines
/// that are not JSON are reported with their number and skipped.
/// </summary>
internal sealed class SnapshotSource(string path, IProgress<(long Done, long Total)>? progress = null, int window = SnapshotSource.DefaultWindow) : IArxivSource
{
    /// <summary>Bytes per window: enough to keep the cores busy, few enough to share out evenly.</summary>
    public const int DefaultWindow = 32 << 20;

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
        var found = new SnapshotFindings(queries.Count);
        // Opened for its length and its mapping only: never read through, so unbuffered.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        long length = stream.Length;
        int windows = (int)((length + window - 1) / window);
        var lines = new long[windows];
        var skipped = new List<long>[windows];
        long records = 0, done = 0;
        if (length > 0)
        {
            using var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            var options = new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount };
            try
            {
                Parallel.For(0, windows, options, () => new SnapshotScan(index, found), (w, _, scan) =>
                {
                    skipped[w] = new List<long>();
                    lines[w] = ScanWindow(map, length, (long)w * window, scan, skipped[w]);
                    Report(ref done, Math.Min(window, length - ((long)w * window)), length);
                    return scan;
                }, scan => Interlocked.Add(ref records, scan.Records));
            }
            catch (AggregateException e)
            {
                // A window that could not be read fails the scan as itself (an I/O error, a line too long), not as
                // the aggregate the cores' loop wraps it in, so the command says what it was in one line.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
            }
        }

        // Each window counted its own lines; their sums turn its line indexes into the file's line numbers.
        var numbers = new List<long>();
        long before = 0;
        for (int w = 0; w < windows; w++)
        {
            numbers.AddRange(skipped[w].Select(i => before + i + 1));
            before += lines[w];
        }

        Records = records;
        SkippedLines = numbers;
        return found.Answers();
    }

    // Scans the lines that start in the window at `start`, reading on past its end to finish the last of them;
    // returns how many lines that is.
    private long ScanWindow(MemoryMappedFile map, long length, long start, SnapshotScan scan, List<long> skipped)
    {
        long end = Math.Min(start + window, length);
        // From the byte before the window: a line starts at the window's first byte only if that byte ends a line.
        long from = Math.Max(0, start - 1);
        for (long tail = Math.Min(window, 1 << 20); ; tail *= 2)
        {
            long viewEnd = Math.Min(length, end + tail);
            if (viewEnd - from > int.MaxValue)
            {
                throw new SourceException($"cannot read the snapshot '{path}': a line near byte {start} is longer than 2 GB");
            }

            using var view = new MappedWindow(map, from, (int)(viewEnd - from));
            ReadOnlySpan<byte> bytes = view.Bytes;
            int first = start == 0 ? 0 : bytes.IndexOf((byte)'\n') + 1;
            if (first == 0 && start > 0 || from + first >= end)
            {
                // No line starts in this window: it lies inside a line that began before it.
                return 0;
            }

            // The owned lines end with the line that holds the window's last byte.
            int last = bytes.Slice((int)(end - 1 - from)).IndexOf((byte)'\n');
            if (last < 0 && viewEnd < length)
            {
                continue;
            }

            int stop = last < 0 ? bytes.Length : (int)(end - 1 - from) + last + 1;
            return scan.Run(bytes[first..stop], from + first, skipped);
        }
    }

    // Windows finish in any order; the bar is told under a lock, so what it is told only grows.
    private void Report(ref long done, long scanned, long total)
    {
        if (progress is not null)
        {
            lock (progress)
            {
                done += scanned;
                progress.Report((done, total));
            }
        }
    }
}
