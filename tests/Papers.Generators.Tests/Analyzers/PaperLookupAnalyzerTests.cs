using Microsoft.CodeAnalysis;
using Papers.Generators.Analyzers;

namespace Papers.Generators.Tests.Analyzers;

/// <summary>PAPER020: look-ups by a string that names exactly one paper, which the typed member can replace.</summary>
public class PaperLookupAnalyzerTests
{
    private static async Task<IReadOnlyList<Diagnostic>> Diagnose(string expression)
    {
        string source = $$"""
            using System.Linq;
            using Papers;
            namespace Papers.Testing { public static class PaperTheoryData { public static Paper Find(System.Collections.Generic.IEnumerable<Paper> papers, [PaperId] string id) => papers.First(p => p.Id == id); } }
            namespace Consumer
            {
                static class Uses { static Paper? M() => {{expression}}; }
            }
            """;
        var (_, diagnostics) = await GeneratorHarness.Analyze(PaperIdAnalyzerTests.Digests, source, new PaperLookupAnalyzer());
        return diagnostics;
    }

    [Theory]
    [InlineData("""PaperCatalog.All.Single(p => p.Id == "e-vilm-efficient-video-language-model-via-masked-video-modeling")""", "EViLM")]
    [InlineData("""PaperCatalog.All.First(p => p.Title == "Tiny Pruner: Token Pruning for Phones")""", "TinyPruner")]
    [InlineData("""PaperCatalog.All.FirstOrDefault(p => "Tiny Pruner" == p.ShortName)""", "TinyPruner")]
    [InlineData("""Papers.Testing.PaperTheoryData.Find(PaperCatalog.All, "yi-open-foundation-models")""", "Yi")]
    public async Task A_look_up_that_names_one_paper_is_reported_with_its_member(string expression, string member)
    {
        Diagnostic d = (await Diagnose(expression)).Should().ContainSingle().Subject;
        d.Id.Should().Be("PAPER020");
        d.Severity.Should().Be(DiagnosticSeverity.Info);
        d.Properties[PaperLookupAnalyzer.MemberProperty].Should().Be(member);
        d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan).Should().Be(expression);
        d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().EndWith($"names one paper: use PaperCatalog.{member}, which the compiler checks");
    }

    [Theory]
    [InlineData("""PaperCatalog.All.Single(p => p.Id == "no-such-paper")""")]
    [InlineData("""PaperCatalog.All.First(p => p.ShortName == "Yi")""")]
    [InlineData("""PaperCatalog.All.Last(p => p.Id == "yi-open-foundation-models")""")]
    [InlineData("""PaperCatalog.All.First(p => p.Id != "yi-open-foundation-models")""")]
    [InlineData("""PaperCatalog.All.First(p => p.Abstract == "yi-open-foundation-models")""")]
    [InlineData("""PaperCatalog.All.Reverse().First(p => p.Id == "yi-open-foundation-models")""")]
    [InlineData("""PaperCatalog.All.First(p => p.Id == string.Concat("yi-open-", System.DateTime.Now.Year.ToString()))""")]
    public async Task A_look_up_that_names_no_paper_or_two_or_is_not_over_the_catalog_is_not_reported(string expression)
    {
        (await Diagnose(expression)).Should().BeEmpty();
    }
}
