using Microsoft.CodeAnalysis;
using Papers.Generators.Analyzers;

namespace Papers.Generators.Tests.Analyzers;

/// <summary>
/// An app or test project that holds no digests but references a catalog library (issue 18's layout) is checked
/// against the library's generated classes, read from metadata, when the library carries its ids as constants.
/// </summary>
public class ReferencedCatalogTests
{
    private static MetadataReference Library(bool ids)
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = "Reading", ["PapersIds"] = ids ? "true" : "false" };
        var (output, _, _) = GeneratorHarness.Run(PaperIdAnalyzerTests.Digests, properties, GeneratorHarness.Compilation(assemblyName: "Reading"));
        using var image = new MemoryStream();
        output.Emit(image).Success.Should().BeTrue();
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static async Task<IReadOnlyList<Diagnostic>> Diagnose(string body, bool ids = true)
    {
        string source = $$"""
            using System.Linq;
            using Papers;
            namespace Tests
            {
                static class Uses
                {
                    static void Expect([PaperId] string id) { }
                    {{body}}
                }
            }
            """;
        var compilation = GeneratorHarness.Compilation(source, "Tests").AddReferences(Library(ids));
        var (_, diagnostics) = await GeneratorHarness.Analyze([], compilation, new PaperIdAnalyzer(), new PaperLookupAnalyzer());
        return diagnostics;
    }

    [Fact]
    public async Task A_string_that_names_no_paper_of_the_referenced_catalog_is_PAPER018_with_the_nearest_ids()
    {
        var diagnostics = await Diagnose("""static void M() => Expect("e-vilm-efficient");""");
        diagnostics.Should().ContainSingle().Which.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should()
            .StartWith("'e-vilm-efficient' is not a paper of PaperCatalog; did you mean 'e-vilm-efficient-video-language-model-via-masked-video-modeling' (EViLM)");
    }

    [Theory]
    [InlineData("e-vilm-efficient-video-language-model-via-masked-video-modeling")]
    [InlineData("EViLM")]
    [InlineData("Tiny Pruner")]
    [InlineData("e-vilm")]
    [InlineData("Tiny Pruner: Token Pruning for Phones")]
    public async Task Ids_member_names_and_what_gives_a_member_name_pass(string text)
    {
        (await Diagnose($$"""static void M() => Expect("{{text}}");""")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_library_without_its_ids_is_not_checked_against()
    {
        (await Diagnose("""static void M() => Expect("e-vilm-efficient");""", ids: false)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_look_up_by_id_in_the_referenced_catalog_gets_the_typed_member()
    {
        var diagnostics = await Diagnose("""static Paper M() => Reading.PaperCatalog.All.Single(p => p.Id == "tiny-pruner-token-pruning-for-phones");""");
        diagnostics.Should().ContainSingle().Which.Properties[PaperLookupAnalyzer.MemberProperty].Should().Be("TinyPruner");
    }
}
