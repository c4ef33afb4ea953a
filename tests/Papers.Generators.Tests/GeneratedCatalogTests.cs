extern alias PapersRuntime;

using System.Reflection;
using Microsoft.CodeAnalysis;
using Papers.Tests.Shared;
using RuntimePaper = PapersRuntime::Papers.Paper;
using RuntimeDigest = PapersRuntime::Papers.Digest;
using RuntimeLoader = PapersRuntime::Papers.DigestLoader;

namespace Papers.Generators.Tests;

/// <summary>What the generator emits for the real seed digest, compiled and run.</summary>
public class GeneratedCatalogTests
{
    private static readonly DigestInput Seed = new("digests/trending-mar11.txt", File.ReadAllText(RepoPaths.SeedDigest));

    [Fact]
    public void The_seed_compiles_without_a_single_diagnostic()
    {
        var (output, result, diagnostics) = GeneratorHarness.Run([Seed]);
        result.Results.Single().Exception.Should().BeNull();
        diagnostics.Should().BeEmpty();
        output.GetDiagnostics().Should().BeEmpty("documentation mode is Diagnose, so bad XML docs would show here");
    }

    [Fact]
    public void Every_paper_is_a_static_property_with_the_contract_name()
    {
        var (output, _, _) = GeneratorHarness.Run([Seed]);
        INamedTypeSymbol catalog = output.GetTypeByMetadataName("Consumer.PaperCatalog")!;
        catalog.Should().NotBeNull();
        catalog.IsStatic.Should().BeTrue();
        catalog.DeclaredAccessibility.Should().Be(Accessibility.Public);
        var names = catalog.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).ToList();
        names.Should().HaveCount(72);
        names.Should().Contain(["All", "Digests", "EViLM", "InterBERT", "GammaMoD", "_4M", "BIOSCAN5M", "LEOPARD", "XRAG", "Yi", "_2DMatryoshkaSentenceEmbeddings", "SegmentEverythingEverywhereAllAtOnce"]);
    }

    [Fact]
    public void Hover_docs_give_title_first_sentence_date_and_code_link()
    {
        var (_, result, _) = GeneratorHarness.Run([Seed]);
        string source = string.Concat(result.GeneratedTrees.Select(t => t.ToString()));
        source.Should().Contain("/// <summary>BIOSCAN-5M: A Multimodal Dataset for Insect Biodiversity</summary>");
        source.Should().Contain("(Mar 11 (year unknown), digests/trending-mar11.txt:51) Code: <see href=\"https://github.com/zahrag/BIOSCAN-5M\"/></remarks>");
        source.Should().Contain("/// <remarks>To build scalable models for challenging real-world tasks, it is important to learn from diverse, multi-modal data in various forms (e.g., videos, text, and … (Mar 11 (year unknown), digests/trending-mar11.txt:11)</remarks>");
    }

    [Fact]
    public void At_run_time_the_catalog_holds_exactly_what_the_loader_reads()
    {
        var (output, _, _) = GeneratorHarness.Run([Seed]);
        Assembly assembly = GeneratorHarness.EmitAndLoad(output, [Seed]);
        var all = GeneratorHarness.StaticList<RuntimePaper>(assembly, "Consumer.PaperCatalog", "All");
        var loaded = RuntimeLoader.Parse(Seed.Text, Seed.Path).Papers;
        all.Should().HaveCount(70);
        all.Select(p => (p.Id, p.Title, p.Abstract, p.Date, p.Source)).Should().Equal(loaded.Select(p => (p.Id, p.Title, p.Abstract, p.Date, p.Source)));

        var evilm = (RuntimePaper)assembly.GetType("Consumer.PaperCatalog")!.GetProperty("EViLM")!.GetValue(null)!;
        evilm.Should().BeSameAs(all[0]);
        evilm.ShortName.Should().Be("E-ViLM");
        var digests = GeneratorHarness.StaticList<RuntimeDigest>(assembly, "Consumer.PaperCatalog", "Digests");
        digests.Should().ContainSingle().Which.Papers.Should().Equal(all);
    }

    [Fact]
    public void Settings_choose_namespace_class_name_and_visibility()
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = "Ignored", ["PapersNamespace"] = "My.Reading", ["PapersClassName"] = "Library", ["PapersVisibility"] = "internal" };
        var (output, _, diagnostics) = GeneratorHarness.Run([Seed], properties);
        diagnostics.Should().BeEmpty();
        INamedTypeSymbol type = output.GetTypeByMetadataName("My.Reading.Library")!;
        type.DeclaredAccessibility.Should().Be(Accessibility.Internal);
    }

    [Theory]
    [InlineData("PapersNamespace", "1Bad.Name")]
    [InlineData("PapersClassName", "class")]
    [InlineData("PapersVisibility", "protected")]
    [InlineData("PapersIds", "yes")]
    public void A_bad_setting_is_PAPER009_and_falls_back(string property, string value)
    {
        var (output, _, diagnostics) = GeneratorHarness.Run([Seed], new Dictionary<string, string> { ["RootNamespace"] = "Consumer", [property] = value });
        diagnostics.Should().ContainSingle().Which.Id.Should().Be("PAPER009");
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Without_digests_nothing_is_generated()
    {
        var (_, result, diagnostics) = GeneratorHarness.Run([]);
        result.GeneratedTrees.Should().BeEmpty();
        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Papers_shared_by_several_digests_are_one_object()
    {
        DigestInput[] digests =
        [
            new("b/second.txt", "Mar 12, 2024\n\nOnly In Second\n\nAbstract.\n\nShared: Paper\n\nAbstract again."),
            new("a/first.txt", "Mar 11, 2024\n\nShared: Paper\n\nAbstract.\n\nOnly In First\n\nAbstract."),
        ];
        var (output, _, diagnostics) = GeneratorHarness.Run(digests);
        diagnostics.Should().BeEmpty();
        Assembly assembly = GeneratorHarness.EmitAndLoad(output, digests);
        var all = GeneratorHarness.StaticList<RuntimePaper>(assembly, "Consumer.PaperCatalog", "All");
        all.Select(p => p.Title).Should().Equal("Shared: Paper", "Only In First", "Only In Second");
        var catalogDigests = GeneratorHarness.StaticList<RuntimeDigest>(assembly, "Consumer.PaperCatalog", "Digests");
        catalogDigests.Select(d => d.File).Should().Equal("a/first.txt", "b/second.txt");
        catalogDigests[1].Papers[1].Should().BeSameAs(all[0]);
        all[2].Date!.Value.ToString().Should().Be("2024-03-12");
    }

    [Fact]
    public void Touching_a_paper_loads_only_the_digests_of_its_range()
    {
        DigestInput[] digests = Enumerable.Range(0, 600).Select(i => new DigestInput($"d/{i:D3}.txt", $"Mar 11\n\nPaper number {i}\n\nAbstract {i}.")).ToArray();
        var (output, _, diagnostics) = GeneratorHarness.Run(digests);
        diagnostics.Should().BeEmpty();

        // Only the first range's digests are embedded: its papers load, a paper of a later range finds its digest missing.
        Type catalog = GeneratorHarness.EmitAndLoad(output, digests.Take(PaperCatalogGenerator.PapersPerHolder)).GetType("Consumer.PaperCatalog", throwOnError: true)!;
        var first = (RuntimePaper)catalog.GetProperty("PaperNumber0")!.GetValue(null)!;
        var last = (RuntimePaper)catalog.GetProperty("PaperNumber255")!.GetValue(null)!;
        first.Title.Should().Be("Paper number 0");
        last.Title.Should().Be("Paper number 255");
        var far = () => catalog.GetProperty("PaperNumber599")!.GetValue(null);
        far.Should().Throw<TargetInvocationException>().WithInnerException<TypeInitializationException>()
            .WithInnerException<InvalidOperationException>().WithMessage("*d/512.txt*missing*", "paper 599 is in the range that starts at 512");
    }

    [Fact]
    public void A_title_repeated_within_a_digest_does_not_shift_the_papers_after_it()
    {
        DigestInput digest = new("d.txt", "Mar 11\n\nFirst\n\nOne.\n\nFirst\n\nOne again.\n\nSecond\n\nTwo.\n\nThird\n\nThree.");
        var (output, _, _) = GeneratorHarness.Run([digest]);
        Assembly assembly = GeneratorHarness.EmitAndLoad(output, [digest]);
        var all = GeneratorHarness.StaticList<RuntimePaper>(assembly, "Consumer.PaperCatalog", "All");
        all.Select(p => p.Title).Should().Equal("First", "Second", "Third");
        ((RuntimePaper)assembly.GetType("Consumer.PaperCatalog")!.GetProperty("Third")!.GetValue(null)!).Title.Should().Be("Third");
        GeneratorHarness.StaticList<RuntimeDigest>(assembly, "Consumer.PaperCatalog", "Digests").Single().Papers.Select(p => p.Title)
            .Should().Equal("First", "First", "Second", "Third");
    }

    [Fact]
    public void The_Year_metadata_dates_papers_without_a_year()
    {
        DigestInput digest = new("d.txt", "Mar 11\n\nTitle\n\nAbstract.", Year: "2024");
        var (output, _, _) = GeneratorHarness.Run([digest]);
        var all = GeneratorHarness.StaticList<RuntimePaper>(GeneratorHarness.EmitAndLoad(output, [digest]), "Consumer.PaperCatalog", "All");
        all.Single().Date!.Value.ToString().Should().Be("2024-03-11");
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        // The same text under any culture, with no trace of where the project lives on this machine.
        string Generate(string culture)
        {
            var previous = System.Globalization.CultureInfo.CurrentCulture;
            try
            {
                System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
                return string.Join("\n---\n", GeneratorHarness.Run([Seed]).Result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath) + "\n" + t));
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = previous;
            }
        }

        string invariant = Generate(string.Empty);
        invariant.Should().Contain("public static partial class PaperCatalog");
        Generate("tr-TR").Should().Be(invariant);
        Generate("de-DE").Should().Be(invariant);
        invariant.Should().NotContain(GeneratorHarness.RootDirectory, "generated code holds no machine path");
    }
}
