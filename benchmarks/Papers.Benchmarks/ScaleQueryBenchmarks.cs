using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Papers.Linq;

namespace Papers.Benchmarks;

/// <summary>
/// Query latency over a million papers (issue 18), apart from <see cref="ScaleBenchmarks"/> so that it needs only
/// the load and the search index, not the topics and keyphrases of every paper: ranked search (top 10) and a
/// LINQ filter over the loaded papers, each query on its own. The one-time load and index build are printed as
/// "// scale:" lines.
/// </summary>
[Config(typeof(ScaleBenchmarks.InProcessMonitoring))]
public class ScaleQueryBenchmarks
{
    private IReadOnlyList<Paper> _papers = [];

    [Params("masked video", "sparse attention -survey", "mixture of experts routing", "federated privacy", "N5x12345")]
    public string Query { get; set; } = "masked video";

    [GlobalSetup]
    public void Setup()
    {
        var (folder, bytes) = ScaleCorpus.Ensure();
        var clock = Stopwatch.StartNew();
        _papers = DigestLoader.Load(folder).Papers;
        Console.WriteLine($"// scale: loaded {_papers.Count} papers from {bytes / 1e6:F0} MB in {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        _ = _papers.Search("warm").Take(1).Count();
        Console.WriteLine($"// scale: search index built in {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Benchmark(Description = "ranked search, top 10")]
    public int Search() => _papers.Search(Query).Take(10).Count();

    [Benchmark(Description = "the same words as a filter (Matching), first 10")]
    public int Filter() => _papers.Matching(Query).Take(10).Count();
}
