using BenchmarkDotNet.Running;
using Papers.Benchmarks;

// dotnet run -c Release --project benchmarks/Papers.Benchmarks -- --filter '*'         all suites
// dotnet run -c Release --project benchmarks/Papers.Benchmarks -- memory catalog|json  retained heap, one process
if (args is ["memory", string which])
{
    Console.WriteLine(RetainedMemory.Measure(which));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
