using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Papers.Benchmarks;

/// <summary>
/// Loading a million papers (issue 18's load goal), beside the least any loader of the same text into .NET strings
/// does on the same cores: reading every file's lines, a file per core. Each case runs in its own process and
/// nothing else is held, so the ratio is the loader's own cost (parsing, naming, papers), not the machine's. Both
/// run under the default (workstation) GC and under server GC, which an app can choose in its project file: a third
/// of a load is collection, since every paper survives.
/// </summary>
[Config(typeof(BothCollectors))]
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var (folder, bytes) = ScaleCorpus.Ensure();
        _files = DigestLoader.FindFiles([folder]).ToArray();
        Console.WriteLine($"// load: {_files.Length} digests, {bytes / 1e6:F0} MB");
    }

    [Benchmark(Baseline = true, Description = "read the lines (File.ReadAllLines, a file per core)")]
    public long ReadLines()
    {
        long lines = 0;
        Parallel.ForEach(_files, file => Interlocked.Add(ref lines, File.ReadAllLines(file).Length));
        return lines;
    }

    [Benchmark(Description = "load 1M papers (DigestLoader.Load)")]
    public int Load() => DigestLoader.Load(_files).Papers.Count;

    private sealed class BothCollectors : BenchmarkDotNet.Configs.ManualConfig
    {
        public BothCollectors()
        {
            Job monitoring = Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5);
            AddJob(monitoring.WithGcServer(false).WithId("workstation GC"));
            AddJob(monitoring.WithGcServer(true).WithId("server GC"));
        }
    }
}
