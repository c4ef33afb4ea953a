using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Papers.Benchmarks.Archive;
using Papers.Corpus;

namespace Papers.Benchmarks;

/// <summary>
/// A fresh process each time (cold start: nothing jitted, nothing loaded): how long until the 9,049-entry archive's
/// first <c>All.Count</c>, and what touching every title costs — the generated catalog against the user's
/// alternative, the same papers in a JSON file read with System.Text.Json source generation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 20, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class StartupBenchmarks
{
    private string _json = string.Empty;

    [GlobalSetup]
    public void Setup() => _json = Paths.ArchiveJson;

    [Benchmark(Baseline = true, Description = "JSON + STJ source gen: first Count")]
    public int JsonCount() => ArchiveJson.Read(_json).Count;

    [Benchmark(Description = "PaperCatalog: first All.Count")]
    public int CatalogCount() => ArchiveCatalog.All.Count;

    [Benchmark(Description = "JSON + STJ source gen: touch all titles")]
    public long JsonTitles()
    {
        long length = 0;
        foreach (JsonPaper paper in ArchiveJson.Read(_json))
        {
            length += paper.Title.Length;
        }

        return length;
    }

    [Benchmark(Description = "PaperCatalog: touch all titles")]
    public long CatalogTitles()
    {
        long length = 0;
        foreach (Paper paper in ArchiveCatalog.All)
        {
            length += paper.Title.Length;
        }

        return length;
    }
}
