extern alias PapersRuntime;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Papers.CodeFixes;
using Papers.Generators.Analyzers;
using Papers.Generators.Tests.Analyzers;

namespace Papers.Generators.Tests.CodeFixes;

/// <summary>
/// The PAPER020 code fix through Roslyn's code-fix test framework: the generator runs on the digests, the analyzer
/// reports, the fix rewrites, and the fixed code must compile.
/// </summary>
public class TypedPaperCodeFixTests
{
    private const string Usings = """
        using System.Linq;
        using Papers;
        namespace Papers.Testing { public static class PaperTheoryData { public static Paper Find(System.Collections.Generic.IEnumerable<Paper> papers, [PaperId] string id) => papers.First(p => p.Id == id); } }
        """;

    private sealed class Test : CSharpCodeFixTest<PaperLookupAnalyzer, TypedPaperCodeFix, DefaultVerifier>
    {
        public Test(IEnumerable<DigestInput> digests, string code, string fixedCode)
        {
            var inputs = digests.ToList();
            TestCode = code;
            FixedCode = fixedCode;

            // No reference pack to download: the running framework and the Papers run time, as the harness uses.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            foreach (DigestInput digest in inputs)
            {
                TestState.AdditionalFiles.Add((GeneratorHarness.RootDirectory + digest.Path, digest.Text));
            }

            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GeneratorHarness.GlobalConfig(inputs)));

            // The generator's warnings about the digests themselves (a renamed member, PAPER008; a duplicate title)
            // are not what these tests are about.
            DisabledDiagnostics.AddRange(Enumerable.Range(1, 17).Select(i => $"PAPER{i:D3}"));
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(PaperCatalogGenerator)];

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);
    }

    private static string Method(string expression) => Usings + $$"""

        namespace Consumer
        {
            static class Uses { static Paper? M() => {{expression}}; }
        }
        """;

    [Theory]
    [InlineData("""PaperCatalog.All.Single(p => p.Id == "e-vilm-efficient-video-language-model-via-masked-video-modeling")""", "PaperCatalog.EViLM")]
    [InlineData("""PaperCatalog.All.First(p => p.Title == "Tiny Pruner: Token Pruning for Phones")""", "PaperCatalog.TinyPruner")]
    [InlineData("""PaperCatalog.All.FirstOrDefault(p => "Tiny Pruner" == p.ShortName)""", "PaperCatalog.TinyPruner")]
    [InlineData("""Consumer.PaperCatalog.All.Single(p => p.Id == "yi-open-foundation-models")""", "Consumer.PaperCatalog.Yi")]
    [InlineData("""Enumerable.First(PaperCatalog.All, p => p.Id == "yi-open-foundation-models")""", "PaperCatalog.Yi")]
    [InlineData("""Papers.Testing.PaperTheoryData.Find(PaperCatalog.All, "yi-open-foundation-models")""", "PaperCatalog.Yi")]
    public async Task Each_look_up_shape_becomes_the_typed_member(string lookup, string member)
    {
        await new Test(PaperIdAnalyzerTests.Digests, Method("{|PAPER020:" + lookup + "|}"), Method(member)).RunAsync();
    }

    [Fact]
    public async Task Through_using_static_the_member_stands_alone()
    {
        string code = "using static Consumer.PaperCatalog;\n" + Method("{|PAPER020:All.Single(p => p.Id == \"yi-open-foundation-models\")|}");
        await new Test(PaperIdAnalyzerTests.Digests, code, "using static Consumer.PaperCatalog;\n" + Method("Yi")).RunAsync();
    }

    [Theory]
    [InlineData("""PaperCatalog.All.Single(p => p.Id == "no-such-paper")""")]
    [InlineData("""PaperCatalog.All.First(p => p.ShortName == "Yi")""")]
    public async Task A_literal_that_matches_no_paper_or_two_gets_no_fix(string lookup)
    {
        await new Test(PaperIdAnalyzerTests.Digests, Method(lookup), Method(lookup)).RunAsync();
    }

    [Theory]
    [MemberData(nameof(AdversarialCorpusTests.Files), MemberType = typeof(AdversarialCorpusTests))]
    public async Task Over_the_adversarial_corpus_every_fix_compiles(string file)
    {
        DigestInput digest = AdversarialCorpusTests.Digest(file);
        var ids = PapersRuntime::Papers.DigestLoader.Parse(digest.Text, digest.Path).Papers.Select(p => p.Id).ToList();
        var (output, _, _) = GeneratorHarness.Run([digest]);
        var members = output.GetTypeByMetadataName("Consumer.PaperCatalog")!.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.Name is not ("All" or "Digests")).Select(p => p.Name).ToList();
        members.Should().HaveCount(ids.Count).And.NotBeEmpty();

        string Lookups(Func<int, string> body) => Usings + "\nnamespace Consumer\n{\n    static class Uses\n    {\n" +
            string.Concat(ids.Select((_, i) => $"        static Paper M{i}() => {body(i)};\n")) + "    }\n}\n";

        await new Test([digest], Lookups(i => $"{{|PAPER020:PaperCatalog.All.Single(p => p.Id == \"{ids[i]}\")|}}"), Lookups(i => "PaperCatalog." + members[i])).RunAsync();
    }
}
