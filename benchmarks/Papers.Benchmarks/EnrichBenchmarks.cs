using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Papers.Tool.Enrich;

namespace Papers.Benchmarks;

/// <summary>
/// <c>papers enrich --snapshot</c> (issue 16): 10,000 titles matched against a synthetic 2.7 M-record snapshot,
/// side by side with reading the same file's bytes (the ceiling). Goal: at least half that throughput, memory
/// bounded. In process, with the peak managed heap and working set of one scan printed as "// enrich:" lines.
/// </summary>
[Config(typeof(InProcessMonitoring))]
public class EnrichBenchmarks
{
    private static readonly Lazy<(string Path, long Bytes, List<EnrichQuery> Queries)> Shared = new(Prepare);

    [GlobalSetup]
    public void Setup() => _ = Shared.Value;

    [Benchmark(Baseline = true, Description = "read the snapshot's bytes")]
    public long ReadBytes()
    {
        using var stream = new FileStream(Shared.Value.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[4 << 20];
        long lines = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines;
    }

    [Benchmark(Description = "match 10,000 titles against it")]
    public int Match()
    {
        var queries = Shared.Value.Queries;
        var answers = new SnapshotSource(Shared.Value.Path).FindAsync(queries, CancellationToken.None).GetAwaiter().GetResult();
        return queries.Select((q, i) => TitleMatcher.Decide(q, answers[i])).Count(m => m.Record is not null);
    }

    /// <summary>A quick look without BenchmarkDotNet: the read and the match timed a few times each with a stopwatch.</summary>
    public static void Time(int times)
    {
        var bench = new EnrichBenchmarks();
        bench.Setup();
        for (int i = 0; i < times; i++)
        {
            var clock = Stopwatch.StartNew();
            bench.ReadBytes();
            double read = clock.Elapsed.TotalSeconds;
            clock.Restart();
            int matched = bench.Match();
            Console.WriteLine($"// enrich: read {read:F3} s, match {clock.Elapsed.TotalSeconds:F3} s ({matched:N0} matched), ratio {clock.Elapsed.TotalSeconds / read:F2}");
        }
    }

    private static (string, long, List<EnrichQuery>) Prepare()
    {
        var clock = Stopwatch.StartNew();
        var (path, bytes) = SnapshotCorpus.Ensure();
        string digest = "Queries\n\n2026-01-01\n\n" + string.Concat(SnapshotCorpus.Queries().Select(t => t + "\n\nWe study this problem in depth and report results on standard benchmarks.\n\n"));
        var queries = DigestLoader.Parse(digest, "queries.txt").Papers.Select(EnrichQuery.For).ToList();
        Console.WriteLine($"// enrich: snapshot {SnapshotCorpus.Records:N0} records, {bytes / 1e9:F2} GB; {queries.Count:N0} queries; prepared in {clock.Elapsed.TotalSeconds:F0} s");

        // One scan watched for its peak: the managed heap sampled every 20 ms, and the process's peak working set.
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = before;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(20).ConfigureAwait(false);
            }
        });
        clock.Restart();
        var answers = new SnapshotSource(path).FindAsync(queries, CancellationToken.None).GetAwaiter().GetResult();
        var matches = queries.Select((q, i) => TitleMatcher.Decide(q, answers[i])).ToList();
        done.Cancel();
        sampler.Wait();
        Console.WriteLine($"// enrich: one scan {clock.Elapsed.TotalSeconds:F1} s; managed heap peak {(peak - before) / 1e6:F0} MB above the queries; process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        Console.WriteLine($"// enrich: {matches.Count(m => m.Kind == MatchKind.TitleExact)} exact, {matches.Count(m => m.Kind == MatchKind.TitleSimilar)} similar, {matches.Count(m => m.Kind == MatchKind.Ambiguous)} ambiguous, {matches.Count(m => m.Kind == MatchKind.Unmatched)} unmatched");
        return (path, bytes, queries);
    }

    private sealed class InProcessMonitoring : BenchmarkDotNet.Configs.ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)));
    }
}
