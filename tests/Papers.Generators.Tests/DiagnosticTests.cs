using Microsoft.CodeAnalysis;

namespace Papers.Generators.Tests;

/// <summary>Malformed digests become compiler diagnostics that point at the digest file and line.</summary>
public class DiagnosticTests
{
    private const string Prose = "A paragraph long enough to be prose. It has two sentences and reads like an abstract.";

    [Fact]
    public void Problems_are_located_at_the_file_and_line()
    {
        string text = $"Mar 11\n\nFirst\n\n{Prose}\n\n{Prose}\n\nMarhc 12\n\nSecond\n\nNext Title\n\n{Prose}\n\nNext Title\n\n{Prose}";
        var (output, result, diagnostics) = GeneratorHarness.Run([new("digests/bad.txt", text)]);
        result.Results.Single().Exception.Should().BeNull();
        diagnostics.Select(Describe).Should().BeEquivalentTo(
            "/project/digests/bad.txt(7,1): error PAPER005",
            "/project/digests/bad.txt(9,1): error PAPER006",
            "/project/digests/bad.txt(11,1): warning PAPER004",
            "/project/digests/bad.txt(17,1): warning PAPER007");
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("the catalog still compiles; the build fails only on the PAPER errors");
    }

    [Fact]
    public void An_empty_digest_is_a_warning_and_the_catalog_still_exists()
    {
        var (output, _, diagnostics) = GeneratorHarness.Run([new("empty.txt", "new\n\nSubscribe\n")]);
        diagnostics.Select(Describe).Should().Equal("/project/empty.txt(1,1): warning PAPER003");
        output.GetTypeByMetadataName("Consumer.PaperCatalog").Should().NotBeNull();
    }

    [Fact]
    public void A_name_collision_is_a_warning_on_the_second_paper()
    {
        var (output, _, diagnostics) = GeneratorHarness.Run([new("a.txt", "Mar 11\n\nE-ViLM: One\n\nAbstract.\n\nEViLM: Two\n\nAbstract.\n\nAll\n\nAbstract.\n\nPaperCatalog\n\nAbstract.")]);
        diagnostics.Select(Describe).Should().Equal("/project/a.txt(7,1): warning PAPER008", "/project/a.txt(11,1): warning PAPER008", "/project/a.txt(15,1): warning PAPER008");
        var names = output.GetTypeByMetadataName("Consumer.PaperCatalog")!.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name);
        names.Should().Contain(["EViLM", "EViLM_2", "All", "All_2", "PaperCatalog_2"]);
    }

    [Fact]
    public void A_bad_Year_metadata_is_PAPER009()
    {
        var (_, _, diagnostics) = GeneratorHarness.Run([new("a.txt", "Mar 11\n\nT\n\nA.", Year: "twenty")]);
        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Contain("'twenty'");
    }

    [Fact]
    public void Messages_say_what_is_wrong_and_what_to_do()
    {
        var (_, _, diagnostics) = GeneratorHarness.Run([new("a.txt", "Mar 32\n\nT\n\nA.")]);
        diagnostics.Single().GetMessage().Should().Be("\"Mar 32\" looks like a date line but is not a valid date; write e.g. \"Mar 11\", \"Mar 11, 2024\" or \"2024-03-11\".");
    }

    private static string Describe(Diagnostic d)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}";
    }
}
