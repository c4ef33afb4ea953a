using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Papers.Export;
using Papers.Linq;
using Papers.Parquet;

namespace Papers.Benchmarks;

/// <summary>
/// A million papers (issue 18): loading the digests, building the search index, queries, and each export format.
/// The exports run with topics and keyphrases already found (setup touches them), so they time the writing alone;
/// <c>scale</c> mode in Program.cs measures those one-time costs, the memory and the file sizes.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class ScaleBenchmarks
{
    private static readonly string[] Queries = ["masked video", "sparse attention -survey", "mixture of experts routing", "federated privacy", "N5x12345"];

    private string _folder = string.Empty;
    private IReadOnlyList<Paper> _papers = [];
    private string _out = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        (_folder, _) = ScaleCorpus.Ensure();
        _papers = DigestLoader.Load(_folder).Papers;
        _ = _papers.Search("warm").Take(1).Count();
        foreach (Paper paper in _papers)
        {
            _ = paper.Topics;
            _ = paper.Keyphrases;
        }

        _out = Directory.CreateTempSubdirectory("papers-scale-out-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_out, recursive: true);

    [Benchmark(Description = "load 1M papers (DigestLoader)")]
    public int Load() => DigestLoader.Load(_folder).Papers.Count;

    [Benchmark(Description = "build the search index")]
    public int Index() => _papers.ToList().Search("index").Take(1).Count();

    [Benchmark(Description = "5 queries, top 10 each")]
    public int Query() => Queries.Sum(q => _papers.Search(q).Take(10).Count());

    [Benchmark(Description = "export Parquet")]
    public long Parquet()
    {
        using FileStream stream = File.Create(Path.Combine(_out, "papers.parquet"));
        return ParquetExport.WriteAsync(_papers, stream).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "export JSON lines")]
    public long JsonLines()
    {
        using FileStream stream = File.Create(Path.Combine(_out, "papers.jsonl"));
        return PaperExport.WriteJsonLines(_papers, stream);
    }

    [Benchmark(Description = "export CSV")]
    public long Csv()
    {
        using FileStream stream = File.Create(Path.Combine(_out, "papers.csv"));
        return PaperExport.WriteCsv(_papers, stream);
    }
}
