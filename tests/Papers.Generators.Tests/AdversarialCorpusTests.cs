extern alias PapersRuntime;

using Microsoft.CodeAnalysis;
using Papers.Tests.Shared;
using RuntimePaper = PapersRuntime::Papers.Paper;

namespace Papers.Generators.Tests;

/// <summary>The adversarial corpus through the generator: compiles, and the catalog gives back exactly the text.</summary>
public class AdversarialCorpusTests
{
    public static TheoryData<string> Files => new(Directory.GetFiles(Dir, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static string Dir => Path.Combine(RepoPaths.Root, "tests", "Adversarial");

    /// <summary>A corpus file as a digest of the project (the analyzer and code-fix tests run over it too).</summary>
    internal static DigestInput Digest(string file) => new("digests/" + file, File.ReadAllText(Path.Combine(Dir, file)));

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_compiles_and_round_trips(string file)
    {
        DigestInput digest = Digest(file);
        var (output, result, diagnostics) = GeneratorHarness.Run([digest]);

        result.Results.Single().Exception.Should().BeNull();
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        var all = GeneratorHarness.StaticList<RuntimePaper>(GeneratorHarness.EmitAndLoad(output, [digest]), "Consumer.PaperCatalog", "All");
        var expected = PapersRuntime::Papers.DigestLoader.Parse(digest.Text, digest.Path).Papers;
        all.Select(p => (p.Title, p.Abstract)).Should().Equal(expected.Select(p => (p.Title, p.Abstract)));
        string generated = string.Concat(result.GeneratedTrees.Select(t => t.ToString()));
        generated.Should().NotContainAny("\u2028", "\u2029", "\u202E", "\u2066", "\0");
    }
}
