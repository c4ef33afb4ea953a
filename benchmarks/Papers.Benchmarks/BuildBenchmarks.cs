using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Papers.Corpus;

namespace Papers.Benchmarks;

/// <summary>
/// Whole consumer builds (<c>dotnet build --no-incremental</c>) through the packed NuGet package, from a local
/// feed. The baseline is the same consumer declaring 10,000 bare static members: the unavoidable cost of a member
/// per paper. Goal: 10,000 papers within 1.15× of it.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class BuildBenchmarks
{
    private string _root = string.Empty;

    [Params("empty (0)", "seed (70)", "bare members (10,000)", "papers (10,000)", "papers (10,000), no docs", "papers (10,000), with ids", "archive (9,049)", "synthetic (100,000)")]
    public string Consumer { get; set; } = "seed (70)";

    private string Folder => Path.Combine(_root, new string(Consumer.Where(char.IsLetterOrDigit).ToArray()));

    [GlobalSetup]
    public void Setup()
    {
        _root = ConsumerBuild.FreshFolder("papers-build-bench");
        var (feed, version) = ConsumerBuild.Pack(_root);
        Directory.CreateDirectory(Folder);
        ConsumerBuild.WriteFeedConfig(Folder, feed);
        File.WriteAllText(Path.Combine(Folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer</RootNamespace>
                <NoWarn>$(NoWarn);PAPER007;PAPER008</NoWarn>
                {(Consumer.Contains("no docs", StringComparison.Ordinal) ? "<PapersDocs>false</PapersDocs>" : string.Empty)}
                {(Consumer.Contains("with ids", StringComparison.Ordinal) ? "<PapersIds>true</PapersIds>" : string.Empty)}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Papers" Version="{version}" />
                <PaperDigest Include="digests/*.txt" />
              </ItemGroup>
            </Project>
            """);
        string digests = Path.Combine(Folder, "digests");
        Directory.CreateDirectory(digests);
        switch (Consumer)
        {
            case "seed (70)":
                File.Copy(Paths.Seed, Path.Combine(digests, "trending-mar11.txt"));
                break;
            case "bare members (10,000)":
                File.WriteAllText(Path.Combine(Folder, "Members.cs"), SyntheticCorpus.BareMembers("Consumer", "PaperCatalog", 10_000));
                break;
            case "papers (10,000)":
            case "papers (10,000), no docs":
            case "papers (10,000), with ids":
                File.WriteAllText(Path.Combine(digests, "synthetic.txt"), SyntheticCorpus.Digest(10_000));
                break;
            case "archive (9,049)":
                foreach (string file in Directory.GetFiles(Paths.Archive, "*.txt"))
                {
                    File.Copy(file, Path.Combine(digests, Path.GetFileName(file)));
                }

                break;
            case "synthetic (100,000)":
                File.WriteAllText(Path.Combine(digests, "synthetic.txt"), SyntheticCorpus.Digest(100_000));
                break;
        }

        Run(Folder, "restore");
    }

    [Benchmark(Description = "dotnet build")]
    public void Build() => Run(Folder, "build", "--no-restore", "--no-incremental", "-c", "Release");

    private void Run(string directory, params string[] args) => ConsumerBuild.Run(_root, directory, args);
}
