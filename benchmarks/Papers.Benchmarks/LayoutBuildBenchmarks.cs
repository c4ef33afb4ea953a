using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Papers.Corpus;

namespace Papers.Benchmarks;

/// <summary>
/// The edit loop of an app with a big catalog (issue 18): a one-line C# edit in the app, then an incremental
/// <c>dotnet build</c> of the app, with the catalog (a) compiled into the app, (b) in a class library of its own
/// that the app references, against the same app with no catalog. Goal: (b) within 1.1× of no catalog.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class LayoutBuildBenchmarks
{
    private const string NoCatalog = "no catalog";

    private string _root = string.Empty;
    private int _edits;

    [Params(NoCatalog, "library (10,000)", "in app (10,000)", "library (100,000)", "in app (100,000)")]
    public string Layout { get; set; } = NoCatalog;

    private string Folder => Path.Combine(_root, new string(Layout.Where(char.IsLetterOrDigit).ToArray()));

    private string App => Path.Combine(Folder, "App");

    [GlobalSetup]
    public void Setup()
    {
        _root = ConsumerBuild.FreshFolder("papers-layout-bench");
        var (feed, version) = ConsumerBuild.Pack(_root);
        int papers = Layout.Contains("100,000", StringComparison.Ordinal) ? 100_000 : 10_000;
        bool library = Layout.StartsWith("library", StringComparison.Ordinal);
        Directory.CreateDirectory(App);
        ConsumerBuild.WriteFeedConfig(Folder, feed);

        string catalogProject = library ? Path.Combine(Folder, "Catalog") : App;
        if (Layout != NoCatalog)
        {
            Directory.CreateDirectory(Path.Combine(catalogProject, "digests"));
            File.WriteAllText(Path.Combine(catalogProject, "digests", "synthetic.txt"), SyntheticCorpus.Digest(papers));
        }

        if (library)
        {
            File.WriteAllText(Path.Combine(catalogProject, "Catalog.csproj"), Project("Library", $"""
                <PackageReference Include="Papers" Version="{version}" />
                <PaperDigest Include="digests/*.txt" />
                """, "<PapersVisibility>public</PapersVisibility><RootNamespace>Catalog</RootNamespace>"));
        }

        string items = Layout switch
        {
            NoCatalog => string.Empty,
            _ when library => "<ProjectReference Include=\"../Catalog/Catalog.csproj\" />",
            _ => $"<PackageReference Include=\"Papers\" Version=\"{version}\" /><PaperDigest Include=\"digests/*.txt\" />",
        };
        File.WriteAllText(Path.Combine(App, "App.csproj"), Project("Exe", items, "<RootNamespace>App</RootNamespace>"));
        // The same app in every layout but for the line that reads the catalog.
        string count = Layout == NoCatalog ? "0" : library ? "Catalog.PaperCatalog.All.Count" : "App.PaperCatalog.All.Count";
        File.WriteAllText(Path.Combine(App, "Program.cs"), $$"""
            System.Console.WriteLine(Report.Line({{count}}));

            static class Report
            {
                public static string Line(int papers) => papers + " papers";
            }

            """);

        ConsumerBuild.Run(_root, App, "build", "-c", "Release");
    }

    /// <summary>The edit: one more line of C# in the app, as a developer saves a file.</summary>
    [IterationSetup]
    public void Edit() => File.AppendAllText(Path.Combine(App, "Program.cs"), $"// edit {_edits++}\n");

    [Benchmark(Description = "C# edit, dotnet build")]
    public void Build() => ConsumerBuild.Run(_root, App, "build", "--no-restore", "-c", "Release");

    private static string Project(string outputType, string items, string properties) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <NoWarn>$(NoWarn);PAPER007;PAPER008</NoWarn>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            {items}
          </ItemGroup>
        </Project>
        """;
}
