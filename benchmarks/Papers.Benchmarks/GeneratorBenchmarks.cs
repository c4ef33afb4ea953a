extern alias Generators;

using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Papers.Corpus;
using PaperCatalogGenerator = Generators::Papers.Generators.PaperCatalogGenerator;

namespace Papers.Benchmarks;

/// <summary>
/// The generator alone, through <see cref="CSharpGeneratorDriver"/>: a cold run (new driver, nothing cached) over
/// the seed, the archive and 100,000 synthetic papers, and a warm re-run after a C# edit (everything cached).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private readonly Dictionary<string, ImmutableArray<AdditionalText>> _inputs = new();
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    [Params("seed (70)", "archive (9,049)", "synthetic (100,000)")]
    public string Corpus { get; set; } = "seed (70)";

    [GlobalSetup]
    public void Setup()
    {
        _inputs["seed (70)"] = [new Text("digests/trending-mar11.txt", File.ReadAllText(Paths.Seed))];
        _inputs["archive (9,049)"] = Directory.GetFiles(Paths.Archive, "*.txt").Order(StringComparer.Ordinal)
            .Select(p => (AdditionalText)new Text("digests/" + Path.GetFileName(p), File.ReadAllText(p))).ToImmutableArray();
        _inputs["synthetic (100,000)"] = [new Text("digests/synthetic.txt", SyntheticCorpus.Digest(100_000))];
        _compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText("class A { }")]);
        _edited = _compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees[0], CSharpSyntaxTree.ParseText("class A { int x; }"));
        _warm = NewDriver().RunGenerators(_compilation);
    }

    [Benchmark(Description = "cold run")]
    public GeneratorDriver Cold() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "re-run after a C# edit")]
    public GeneratorDriver AfterCSharpEdit() => _warm.RunGenerators(_edited);

    private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        [new PaperCatalogGenerator().AsSourceGenerator()],
        _inputs[Corpus],
        optionsProvider: new Options());

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new() { ["build_property.RootNamespace"] = "Consumer" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(new()
        {
            ["build_metadata.AdditionalFiles.PaperDigest"] = "true",
            ["build_metadata.AdditionalFiles.PaperDigestPath"] = textFile.Path,
        });
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
