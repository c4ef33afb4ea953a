using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Papers.Export;
using Papers.Linq;
using Papers.Parquet;

namespace Papers.Benchmarks;

/// <summary>
/// A million papers (issue 18): loading the digests, building the search index, queries, and each export format.
/// In process, so the million papers are loaded (and their topics and keyphrases found) once for every case; that
/// one-time work, the memory the papers and the index keep, and the files' sizes are printed as "// scale:" lines.
/// The exports therefore time the writing alone.
/// </summary>
[Config(typeof(InProcessMonitoring))]
public class ScaleBenchmarks
{
    private static readonly string[] Queries = ["masked video", "sparse attention -survey", "mixture of experts routing", "federated privacy", "N5x12345"];

    private static readonly Lazy<(string Folder, long Bytes, IReadOnlyList<Paper> Papers)> Shared = new(Prepare);

    // The DuckDB side of the comparison reads this file, written once from the same papers.
    private static readonly string Parquet1M = Path.Combine(Path.GetTempPath(), "papers-scale-1m.parquet");

    private string _out = string.Empty;

    private static string Folder => Shared.Value.Folder;

    private static IReadOnlyList<Paper> Papers => Shared.Value.Papers;

    [GlobalSetup]
    public void Setup()
    {
        _ = Shared.Value;
        _out = Directory.CreateTempSubdirectory("papers-scale-out-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (string file in Directory.GetFiles(_out))
        {
            Console.WriteLine($"// scale: {Path.GetFileName(file)} {new FileInfo(file).Length / 1e6:F0} MB = {new FileInfo(file).Length / (double)Shared.Value.Bytes:F2}x the digests");
        }

        Directory.Delete(_out, recursive: true);
    }

    [Benchmark(Description = "load 1M papers (DigestLoader)")]
    public int Load() => DigestLoader.Load(Folder).Papers.Count;

    [Benchmark(Description = "build the search index")]
    public int Index() => Papers.ToList().Search("index").Take(1).Count();

    [Benchmark(Description = "5 queries, top 10 each")]
    public int Query() => Queries.Sum(q => Papers.Search(q).Take(10).Count());

    [Benchmark(Description = "LINQ: code links per topic and month")]
    public int LinqCodeLinksPerTopicAndMonth() => Papers.WithCode()
        .SelectMany(p => p.Topics, (p, topic) => (Topic: topic, p.Date?.Year, p.Date?.Month))
        .GroupBy(k => k)
        .Count();

    [Benchmark(Description = "DuckDB over the Parquet file: the same")]
    public int DuckDbCodeLinksPerTopicAndMonth()
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT count(*) FROM (SELECT topic, date_year, date_month, count(*) FROM
              (SELECT unnest(topics) AS topic, date_year, date_month FROM read_parquet('{Parquet1M}') WHERE code_url IS NOT NULL)
            GROUP BY ALL)
            """;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Benchmark(Description = "export Parquet")]
    public long Parquet()
    {
        using FileStream stream = File.Create(Path.Combine(_out, "papers.parquet"));
        return ParquetExport.WriteAsync(Papers, stream).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "export JSON lines")]
    public long JsonLines()
    {
        using FileStream stream = File.Create(Path.Combine(_out, "papers.jsonl"));
        return PaperExport.WriteJsonLines(Papers, stream);
    }

    [Benchmark(Description = "export CSV")]
    public long Csv()
    {
        using FileStream stream = File.Create(Path.Combine(_out, "papers.csv"));
        return PaperExport.WriteCsv(Papers, stream);
    }

    // One process for every case, so the million papers are prepared once (the attribute form made a second job);
    // the default in-process time limit (10 minutes) is shorter than preparing them.
    internal sealed class InProcessMonitoring : BenchmarkDotNet.Configs.ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true)));
    }

    private static (string, long, IReadOnlyList<Paper>) Prepare()
    {
        var (folder, bytes) = ScaleCorpus.Ensure();
        long start = GC.GetTotalMemory(forceFullCollection: true);
        IReadOnlyList<Paper> papers = DigestLoader.Load(folder).Papers;
        long loaded = GC.GetTotalMemory(forceFullCollection: true);
        long chars = papers.Sum(p => (long)p.Title.Length + p.Abstract.Length);
        Console.WriteLine($"// scale: digests {bytes / 1e6:F0} MB; papers retain {(loaded - start) / 1e6:F0} MB; titles + abstracts {chars / 1e6:F0} M chars ({chars * 2 / 1e6:F0} MB as strings)");

        _ = papers.Search("warm").Take(1).Count();
        long indexed = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// scale: the search index retains {(indexed - loaded) / 1e6:F0} MB = {(indexed - loaded) / (chars * 2.0):F2}x the text's string bytes");

        var clock = Stopwatch.StartNew();
        _ = PaperExport.Records(papers).Count();
        Console.WriteLine($"// scale: topics and keyphrases of every paper, found once on first use (as the first export does): {clock.Elapsed.TotalSeconds:F0} s");
        using (FileStream stream = File.Create(Parquet1M))
        {
            ParquetExport.WriteAsync(papers, stream).GetAwaiter().GetResult();
        }

        return (folder, bytes, papers);
    }
}
