using BenchmarkDotNet.Running;
using Papers;
using Papers.Benchmarks;
using Papers.Citations;

// dotnet run -c Release --project benchmarks/Papers.Benchmarks -- --filter '*'         all suites
// dotnet run -c Release --project benchmarks/Papers.Benchmarks -- memory catalog|json  retained heap, one process
// dotnet run -c Release --project benchmarks/Papers.Benchmarks -- citations             ours (BenchmarkDotNet) vs citeproc-js, one run
// dotnet run -c Release --project benchmarks/Papers.Benchmarks -- enrich-scan N         the snapshot scan and the byte read, N stopwatch runs
if (args is ["memory", string which])
{
    Console.WriteLine(RetainedMemory.Measure(which));
    return;
}

if (args is ["enrich-scan", string times])
{
    EnrichBenchmarks.Time(int.Parse(times, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["citations"])
{
    var summary = BenchmarkRunner.Run<CitationBenchmarks>();
    var citeproc = CiteprocTiming.Measure(CitationBenchmarks.Papers());
    Console.WriteLine();
    Console.WriteLine("| Style | Papers (mean) | citeproc-js 2.4.63 (median) | Ratio |");
    Console.WriteLine("|---|---:|---:|---:|");
    foreach (var report in summary.Reports)
    {
        var style = (CitationStyle)report.BenchmarkCase.Parameters["Style"];
        double ours = report.ResultStatistics!.Mean / 1e6;
        Console.WriteLine($"| {style} | {ours:F2} ms | {citeproc[style]:F1} ms | {citeproc[style] / ours:F0}× |");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
