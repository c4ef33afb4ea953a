using System.Diagnostics;

namespace Papers.Tests.Shared;

/// <summary>
/// Checks that work grows linearly, by comparing the same operation on inputs of size n and 4n side by side in one
/// run (a ratio, not a time: these machines are noisy). Linear work takes about 4× as long; quadratic work 16×. A
/// guard stops a regression from hanging the suite: past it the test fails instead of waiting.
/// </summary>
internal static class Growth
{
    public static void ShouldBeLinear(Func<int, Action> operationOfSize, int n, string what)
    {
        Action small = operationOfSize(n);
        Action large = operationOfSize(4 * n);
        small(); // warm up (JIT, static tables)

        // Small and large runs alternate, so a burst of load from other processes falls on both sizes alike; the
        // fastest run of each size is the one least disturbed. A ratio over the bound is measured again, up to three
        // times in all: quadratic work is over it every time, a burst of load on a 2-core machine seldom thrice.
        double smallest = 0, largest = 0, ratio = double.MaxValue;
        for (int attempt = 0; attempt < 3 && ratio >= 10; attempt++)
        {
            smallest = double.MaxValue;
            largest = double.MaxValue;
            for (int i = 0; i < 7; i++)
            {
                smallest = Math.Min(smallest, Time(small));
                largest = Math.Min(largest, Time(large));
            }

            ratio = largest / Math.Max(smallest, 0.5);
        }

        ratio.Should().BeLessThan(10, $"{what}: n took {smallest:F1} ms and 4n {largest:F1} ms; linear work grows about 4×, quadratic 16×");
    }

    // One run under a guard of 20 seconds, so a regression fails instead of hanging the suite.
    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        Task run = Task.Run(action);
        if (!run.Wait(TimeSpan.FromSeconds(20)))
        {
            throw new TimeoutException("the operation ran over 20 seconds: not linear");
        }

        return clock.Elapsed.TotalMilliseconds;
    }
}

/// <summary>Timing comparisons run alone within their assembly, so other tests do not share their cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GrowthCollection
{
    public const string Name = "growth (runs alone)";
}
