extern alias PapersRuntime;

using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Papers.Tests.Shared;
using RuntimeLoader = PapersRuntime::Papers.DigestLoader;
using RuntimePaper = PapersRuntime::Papers.Paper;
using RuntimeQueries = PapersRuntime::Papers.Linq.PaperEnumerable;

namespace Papers.Generators.Tests;

/// <summary>Compile-time queries: evaluated by the generator with the run time's engine.</summary>
public class QueryTests
{
    private static readonly DigestInput Seed = new("digests/trending-mar11.txt", File.ReadAllText(RepoPaths.SeedDigest));

    private static readonly string[] Queries =
    [
        "topic:multimodal has:code -survey",
        "masked",
        "\"mixture of experts\" OR MoE",
        "title:embedding OR title:embeddings",
        "MLLM -topic:video",
        "link:github.com topic:efficiency",
        "has:links -has:code",
        "(retrieval OR RAG) -survey",
        "topic:survey",
        "segmentation",
        "agents",
        "vision-language pretraining",
        "id:2d-matryoshka-sentence-embeddings",
        "abstract:\"large language models\" -title:LLM",
        "diffusion OR \"image generation\"",
        "date:2024-06-01..2024-06-30 topic:video",
        "has:arxiv title:reasoning",
        "speech OR audio",
        "-topic:language-models",
        "long-context OR \"long context\"",
    ];

    [Fact]
    public void A_query_member_is_implemented_with_the_matching_catalog_papers()
    {
        const string source = """
            using System.Collections.Generic;
            using Papers;
            namespace Consumer;
            internal static partial class Reading
            {
                /// <summary>Multimodal papers with code.</summary>
                [PaperQuery("topic:multimodal has:code -survey")]
                public static partial IReadOnlyList<Paper> MultimodalWithCode();
            }
            """;
        var (output, result, diagnostics) = GeneratorHarness.Run([Seed], compilation: GeneratorHarness.Compilation(source));
        diagnostics.Should().BeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Should().BeEmpty();
        string generated = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("MultimodalWithCode.PaperQuery.g.cs", StringComparison.Ordinal)).ToString();
        generated.Should().Contain("global::Consumer.PaperCatalog.BIOSCAN5M");

        var papers = Invoke(GeneratorHarness.EmitAndLoad(output, [Seed]), "Consumer.Reading", "MultimodalWithCode");
        var expected = RuntimeQueries.Matching(RuntimeLoader.Parse(Seed.Text, Seed.Path).Papers, "topic:multimodal has:code -survey");
        papers.Select(p => p.Id).Should().Equal(expected.Select(p => p.Id)).And.NotBeEmpty();
    }

    [Theory]
    [InlineData("partial class R")]
    [InlineData("static partial class R")]
    [InlineData("partial struct R")]
    [InlineData("readonly partial struct R")]
    [InlineData("ref partial struct R")]
    [InlineData("partial record R")]
    [InlineData("partial record class R")]
    [InlineData("partial record struct R")]
    [InlineData("readonly partial record struct R")]
    [InlineData("partial interface R")]
    [InlineData("partial class R<T> where T : class")]
    [InlineData("partial record struct R<T, U>")]
    public void A_query_member_compiles_in_every_kind_of_declaring_type(string declaration)
    {
        string source = "using System.Collections.Generic;\nusing Papers;\nnamespace Consumer;\npublic static partial class Outer\n{\n    public " + declaration
            + "\n    {\n        [PaperQuery(\"has:code\")] public static partial IReadOnlyList<Paper> Q();\n    }\n}\n";
        var (output, _, diagnostics) = GeneratorHarness.Run([Seed], compilation: GeneratorHarness.Compilation(source));

        diagnostics.Should().BeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty(declaration);
    }

    [Fact]
    public void Compile_time_results_equal_run_time_results_over_the_seed_and_the_archive()
    {
        var digests = Directory.GetFiles(RepoPaths.RenderedArchive, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new DigestInput("archive/" + Path.GetFileName(f), File.ReadAllText(f)))
            .Append(Seed).ToList();
        string members = string.Join("\n", Queries.Select((q, i) => $"    [PaperQuery({SymbolDisplay.FormatLiteral(q, true)})] public static partial IReadOnlyList<Paper> Q{i}();"));
        string source = $"using System.Collections.Generic;\nusing Papers;\nnamespace Consumer;\npublic static partial class Reading\n{{\n{members}\n}}\n";
        var (output, _, diagnostics) = GeneratorHarness.Run(digests, compilation: GeneratorHarness.Compilation(source));
        diagnostics.Where(d => d.Id is "PAPER013" or "PAPER015").Should().BeEmpty();
        Assembly assembly = GeneratorHarness.EmitAndLoad(output, digests);

        var runtime = RuntimeLoader.Load(Directory.GetFiles(RepoPaths.RenderedArchive, "*.txt").Append(RepoPaths.SeedDigest), null).Papers;
        int nonEmpty = 0;
        for (int i = 0; i < Queries.Length; i++)
        {
            var compiled = Invoke(assembly, "Consumer.Reading", "Q" + i).Select(p => p.Id).ToList();
            var expected = RuntimeQueries.Matching(runtime, Queries[i]).Select(p => p.Id).ToList();
            compiled.Except(expected).Should().BeEmpty($"query '{Queries[i]}' found nothing more at compile time");
            expected.Except(compiled).Should().BeEmpty($"query '{Queries[i]}' found nothing more at run time");
            nonEmpty += compiled.Count > 0 ? 1 : 0;
        }

        nonEmpty.Should().BeGreaterThan(Queries.Length - 3, "the corpus exercises real matches");
    }

    [Theory]
    [InlineData("\"topic:multimodal has:code )\"", 45 + 27)]
    [InlineData("@\"a OR\"", 45 + 4)]
    [InlineData("@\"\"\"a\"\" )\"", 45 + 8)]
    [InlineData("\"\\x41 )\"", 45 + 6)]
    [InlineData("\"\\x41B )\"", 45 + 7)]
    [InlineData("\"\\u0041 )\"", 45 + 8)]
    [InlineData("\"\\U0001F999 )\"", 45 + 12)]
    [InlineData("\"\\t\\\\ )\"", 45 + 6)]
    [InlineData("\"\"\"a )\"\"\"", 45 + 5)]
    [InlineData("\"\"\"\"a )\"\"\"\"", 45 + 6)]
    public void A_syntax_error_is_located_at_its_column_in_the_literal(string literal, int column)
    {
        string source = "using System.Collections.Generic;\nusing Papers;\npublic static partial class R { [PaperQuery(" + literal + ")] public static partial IReadOnlyList<Paper> Q(); }";
        var (_, _, diagnostics) = GeneratorHarness.Run([Seed], compilation: GeneratorHarness.Compilation(source));
        Diagnostic error = diagnostics.Should().ContainSingle(d => d.Id == "PAPER013").Subject;
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Location.GetLineSpan().StartLinePosition.Should().Be(new Microsoft.CodeAnalysis.Text.LinePosition(2, column - 1));
        error.GetMessage().Should().Contain("at column");
    }

    [Fact]
    public void A_syntax_error_in_a_multi_line_raw_literal_is_located_at_its_line_and_column()
    {
        string source = "using System.Collections.Generic;\nusing Papers;\npublic static partial class R\n{\n    [PaperQuery(\"\"\"\n        topic:multimodal\n        has:code )\n        \"\"\")]\n    public static partial IReadOnlyList<Paper> Q();\n}";
        var (_, _, diagnostics) = GeneratorHarness.Run([Seed], compilation: GeneratorHarness.Compilation(source));

        Diagnostic error = diagnostics.Should().ContainSingle(d => d.Id == "PAPER013").Subject;
        error.Location.GetLineSpan().StartLinePosition.Should().Be(new Microsoft.CodeAnalysis.Text.LinePosition(6, 17), "the ')' on the second content line");
    }

    [Fact]
    public void A_query_that_matches_nothing_is_a_warning()
    {
        string source = "using System.Collections.Generic;\nusing Papers;\npublic static partial class R { [PaperQuery(\"zzzqqq\")] public static partial IReadOnlyList<Paper> Q(); }";
        var (output, _, diagnostics) = GeneratorHarness.Run([Seed], compilation: GeneratorHarness.Compilation(source));
        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Id == "PAPER014" && d.Severity == DiagnosticSeverity.Warning);
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("the member is still implemented, with an empty list");
    }

    [Theory]
    [InlineData("using PaperList = System.Collections.Generic.IReadOnlyList<Papers.Paper>;", "PaperList")]
    [InlineData("#nullable enable", "IReadOnlyList<Paper>?")]
    [InlineData("", "global::System.Collections.Generic.IReadOnlyList<global::Papers.Paper>")]
    public void The_return_type_is_compared_as_a_type_not_as_text(string preamble, string returnType)
    {
        string source = preamble + "\nusing System.Collections.Generic;\nusing Papers;\nnamespace Consumer;\npublic static partial class R\n{\n    [PaperQuery(\"has:code\")] public static partial " + returnType + " Q();\n}\n";
        var (output, _, diagnostics) = GeneratorHarness.Run([Seed], compilation: GeneratorHarness.Compilation(source));

        diagnostics.Should().NotContain(d => d.Id == "PAPER015");
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
    }

    [Theory]
    [InlineData("public static IReadOnlyList<Paper> Q() => null!;", "must be static and partial")]
    [InlineData("public static partial List<Paper> Q();", "returns 'System.Collections.Generic.List<Papers.Paper>'")]
    [InlineData("public static partial IReadOnlyList<Paper> Q(int x);", "must take no parameters")]
    [InlineData("public static partial IReadOnlyList<string> Q();", "returns 'System.Collections.Generic.IReadOnlyList<string>'")]
    [InlineData("public static partial IEnumerable<Paper> Q();", "returns 'System.Collections.Generic.IEnumerable<Papers.Paper>'")]
    public void A_member_of_the_wrong_shape_is_an_error_that_says_what_is_expected(string member, string problem)
    {
        string source = "using System.Collections.Generic;\nusing Papers;\npublic static partial class R { [PaperQuery(\"masked\")] " + member + " }";
        var (_, _, diagnostics) = GeneratorHarness.Run([Seed], compilation: GeneratorHarness.Compilation(source));
        Diagnostic error = diagnostics.Should().ContainSingle(d => d.Id == "PAPER015").Subject;
        error.GetMessage().Should().Contain(problem).And.Contain("expected 'static partial IReadOnlyList<Paper> Name { get; }'");
    }

    [Fact]
    public void Editing_a_digest_reevaluates_queries_and_editing_other_CSharp_does_not()
    {
        const string source = "using System.Collections.Generic;\nusing Papers;\nnamespace Consumer;\npublic static partial class R { [PaperQuery(\"masked\")] public static partial IReadOnlyList<Paper> Q(); }";
        CSharpCompilation compilation = GeneratorHarness.Compilation(source);
        GeneratorDriver driver = GeneratorHarness.Driver([Seed]).RunGenerators(compilation);

        CSharpCompilation withOther = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Other { }", (CSharpParseOptions)compilation.SyntaxTrees[0].Options, "/project/Other.cs"));
        driver = driver.RunGenerators(withOther);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        steps[PaperCatalogGenerator.Steps.QueryResults].SelectMany(s => s.Outputs).Should().OnlyContain(o => o.Reason == IncrementalStepRunReason.Cached);

        var old = steps[PaperCatalogGenerator.Steps.DigestFiles].SelectMany(s => s.Outputs).Select(o => (((AdditionalText, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider))o.Value).Item1).Single();
        driver = driver.ReplaceAdditionalText(old, new GeneratorHarness.InMemoryText(old.Path, Seed.Text.Replace("masked", "hidden", StringComparison.Ordinal).Replace("Masked", "Hidden", StringComparison.Ordinal)));
        driver = driver.RunGenerators(withOther);
        driver.GetRunResult().Results.Single().TrackedSteps[PaperCatalogGenerator.Steps.QueryResults]
            .SelectMany(s => s.Outputs).Should().OnlyContain(o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Paper_ids_are_constants_usable_in_attributes_when_asked_for()
    {
        const string source = "namespace Consumer; internal static class Use { [System.Obsolete(PaperIds.EViLM)] internal static void M() { } }";
        var properties = new Dictionary<string, string> { ["RootNamespace"] = "Consumer", ["PapersIds"] = "true" };
        var (output, _, _) = GeneratorHarness.Run([Seed], properties, GeneratorHarness.Compilation(source));
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        output.GetTypeByMetadataName("Consumer.PaperIds")!.GetMembers("EViLM").OfType<IFieldSymbol>().Single().ConstantValue
            .Should().Be("e-vilm-efficient-video-language-model-via-masked-video-modeling-with-semantic");
    }

    [Fact]
    public void Paper_ids_are_not_generated_by_default()
    {
        var (output, _, _) = GeneratorHarness.Run([Seed]);
        output.GetTypeByMetadataName("Consumer.PaperIds").Should().BeNull();
        output.GetTypeByMetadataName("Consumer.PaperCatalog").Should().NotBeNull();
    }

    private static List<RuntimePaper> Invoke(Assembly assembly, string type, string method) =>
        ((IReadOnlyList<RuntimePaper>)assembly.GetType(type, throwOnError: true)!.GetMethod(method)!.Invoke(null, null)!).ToList();

}
