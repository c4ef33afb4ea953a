using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Papers.Benchmarks;

/// <summary>
/// What the analyzers (PAPER018–020) cost a build: the archive consumer (9,049 entries in 593 digests) with strings
/// that name papers and a look-up, built with the analyzers on and with their rules off (a suppressed rule's
/// analyzer does not run at all), and the same consumer without any such string. Goal: on within 3 % of off.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class AnalyzerBuildBenchmarks
{
    private string _root = string.Empty;

    [Params("checked strings, analyzers on", "checked strings, analyzers off", "no checked strings")]
    public string Consumer { get; set; } = "checked strings, analyzers on";

    private string Folder => Path.Combine(_root, new string(Consumer.Where(char.IsLetterOrDigit).ToArray()));

    [GlobalSetup]
    public void Setup()
    {
        _root = ConsumerBuild.FreshFolder("papers-analyzer-bench");
        var (feed, version) = ConsumerBuild.Pack(_root);
        Directory.CreateDirectory(Path.Combine(Folder, "digests"));
        ConsumerBuild.WriteFeedConfig(Folder, feed);
        File.WriteAllText(Path.Combine(Folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer</RootNamespace>
                <NoWarn>$(NoWarn);PAPER007;PAPER008</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Papers" Version="{version}" />
                <PaperDigest Include="digests/*.txt" />
              </ItemGroup>
            </Project>
            """);
        string[] archive = Directory.GetFiles(Paths.Archive, "*.txt");
        foreach (string file in archive)
        {
            File.Copy(file, Path.Combine(Folder, "digests", Path.GetFileName(file)));
        }

        string id = DigestLoader.Load(archive).Papers[0].Id;
        File.WriteAllText(Path.Combine(Folder, "Program.cs"), Consumer.StartsWith("no", StringComparison.Ordinal)
            ? "System.Console.WriteLine(Consumer.PaperCatalog.All.Count);\n"
            : $$"""
                using System.Linq;
                System.Console.WriteLine(Consumer.PaperCatalog.All.Single(p => p.Id == "{{id}}").Title);
                Check("{{id}}");
                Check("not-a-paper-of-the-archive");
                static void Check([Papers.PaperId] string id) { }
                """);
        if (Consumer.EndsWith("off", StringComparison.Ordinal))
        {
            File.WriteAllText(Path.Combine(Folder, ".globalconfig"), "is_global = true\ndotnet_diagnostic.PAPER018.severity = none\ndotnet_diagnostic.PAPER019.severity = none\ndotnet_diagnostic.PAPER020.severity = none\n");
        }

        ConsumerBuild.Run(_root, Folder, "restore");
    }

    [Benchmark(Description = "dotnet build")]
    public void Build() => ConsumerBuild.Run(_root, Folder, "build", "--no-restore", "--no-incremental", "-c", "Release");
}
