extern alias PapersRuntime;

using Microsoft.CodeAnalysis;
using RuntimePaper = PapersRuntime::Papers.Paper;

namespace Papers.Generators.Tests;

/// <summary>Sidecar metadata files (.bib, CSL-JSON) declared on a digest: merged at build time and at run time alike.</summary>
public class SidecarTests
{
    private const string DigestText = "Mar 11, 2024\n\nE-ViLM: Efficient Video-Language Model\n\nAbstract one.\n\nSecond Paper Title\n\nAuthors: Own Author\n\nAbstract two.\n";

    private const string Bib = """
        @misc{evilm,
          title = {{E-ViLM}: Efficient Video-Language Model},
          author = {M\"uller, Jana and Smith, John},
          eprint = {2311.17267}, archivePrefix = {arXiv},
          year = 2023, month = nov,
        }

        @misc{second, title = "Second Paper Title", author = {Sidecar Author}, doi = {10.1000/xyz}}
        @misc{orphan, title = {A Paper No Digest Lists}}
        """;

    private static DigestInput Digest(string sidecar = "refs.bib") => new("digests/mar11.txt", DigestText, Sidecar: sidecar);

    [Fact]
    public void A_bib_sidecar_fills_authors_ids_and_dates_for_the_catalog_and_the_run_time()
    {
        DigestInput[] inputs = [Digest(), new("refs.bib", Bib, IsSidecar: true)];
        var (output, _, diagnostics) = GeneratorHarness.Run(inputs, new Dictionary<string, string> { ["RootNamespace"] = "Consumer", ["PapersIds"] = "true" });

        diagnostics.Where(d => d.Id != "PAPER017").Should().BeEmpty();
        var all = GeneratorHarness.StaticList<RuntimePaper>(GeneratorHarness.EmitAndLoad(output, inputs), "Consumer.PaperCatalog", "All");
        all[0].Id.Should().Be("2311.17267", "the arXiv id from the sidecar becomes the paper's id at build and run time alike");
        all[0].Authors.Should().Equal("M\\\"uller, Jana", "Smith, John");
        all[0].PublishedYear.Should().Be(2023);
        all[1].Authors.Should().Equal(new[] { "Own Author" }, "the digest's own metadata wins");
        all[1].Doi.Should().Be("10.1000/xyz");
        output.SyntaxTrees.Should().Contain(t => t.ToString().Contains("= \"2311.17267\";"), "PaperIds holds the same id");
    }

    [Fact]
    public void A_record_that_matches_no_paper_is_PAPER017_at_its_line()
    {
        var (_, _, diagnostics) = GeneratorHarness.Run([Digest(), new("refs.bib", Bib, IsSidecar: true)]);
        Diagnostic unmatched = diagnostics.Should().ContainSingle(d => d.Id == "PAPER017").Subject;
        unmatched.Severity.Should().Be(DiagnosticSeverity.Warning);
        unmatched.GetMessage().Should().Contain("A Paper No Digest Lists").And.Contain("digests/mar11.txt");
        unmatched.Location.GetLineSpan().Path.Should().EndWith("refs.bib");
        unmatched.Location.GetLineSpan().StartLinePosition.Line.Should().Be(8);
    }

    [Fact]
    public void A_broken_sidecar_is_a_located_PAPER016_and_the_catalog_still_builds()
    {
        var (output, _, diagnostics) = GeneratorHarness.Run([Digest(), new("refs.bib", "@misc{a,\n  title = {unclosed,\n", IsSidecar: true)]);
        Diagnostic broken = diagnostics.Should().ContainSingle(d => d.Id == "PAPER016").Subject;
        broken.Severity.Should().Be(DiagnosticSeverity.Error);
        broken.GetMessage().Should().Contain("never closed");
        broken.Location.GetLineSpan().StartLinePosition.Line.Should().Be(1);
        output.SyntaxTrees.Should().Contain(t => t.ToString().Contains("EViLM"));
    }

    [Fact]
    public void A_csl_json_sidecar_works_and_bad_json_is_located()
    {
        const string Json = """[{"type":"article","title":"E-ViLM: Efficient Video-Language Model","author":[{"family":"Doe","given":"Jane"}],"number":"arXiv:2311.17267","issued":{"date-parts":[[2023,11,28]]}}]""";
        DigestInput[] inputs = [Digest("refs.json"), new("refs.json", Json, IsSidecar: true)];
        var (output, _, diagnostics) = GeneratorHarness.Run(inputs);
        diagnostics.Should().BeEmpty();
        var all = GeneratorHarness.StaticList<RuntimePaper>(GeneratorHarness.EmitAndLoad(output, inputs), "Consumer.PaperCatalog", "All");
        all[0].Id.Should().Be("2311.17267");
        all[0].Published.Should().Be(new PapersRuntime::Papers.PaperDate(2023, 11, 28));

        var (_, _, bad) = GeneratorHarness.Run([Digest("refs.json"), new("refs.json", "[{\"title\": \"x\",\n  \"author\": [}]", IsSidecar: true)]);
        Diagnostic error = bad.Should().ContainSingle(d => d.Id == "PAPER016").Subject;
        error.Location.GetLineSpan().StartLinePosition.Line.Should().Be(1);
    }

    [Fact]
    public void Hostile_sidecars_are_located_diagnostics_inside_the_compiler_never_PAPER010()
    {
        // 100,000 stacked accents in a sidecar title (the merge decodes TeX to match titles), and a macro bomb.
        string accents = "@misc{a, title = {" + Papers.Tests.Shared.HostileInputs.StackedAccents(100_000) + "}, author = {Doe, Jane}}\n";

        var (_, _, accented) = GeneratorHarness.Run([Digest(), new("refs.bib", accents, IsSidecar: true)]);
        var (_, _, bombed) = GeneratorHarness.Run([Digest(), new("refs.bib", Papers.Tests.Shared.HostileInputs.MacroBomb(), IsSidecar: true)]);

        accented.Select(d => d.Id).Should().NotContain("PAPER010").And.Contain("PAPER017", "the record matches no paper, and says so");
        accented.Single(d => d.Id == "PAPER017").GetMessage().Length.Should().BeLessThan(400, "a 200 KB title is clipped in the message");
        bombed.Select(d => d.Id).Should().NotContain("PAPER010");
        bombed.Should().ContainSingle(d => d.Id == "PAPER016").Which.GetMessage().Should().Contain("1,048,576 characters");
    }

    [Fact]
    public void A_missing_sidecar_is_PAPER016_on_the_digest()
    {
        var (_, _, diagnostics) = GeneratorHarness.Run([Digest("nowhere.bib")]);
        Diagnostic missing = diagnostics.Should().ContainSingle(d => d.Id == "PAPER016").Subject;
        missing.GetMessage().Should().Contain("nowhere.bib").And.Contain("does not exist");
        missing.Location.GetLineSpan().Path.Should().EndWith("digests/mar11.txt");
    }

    [Fact]
    public void Editing_a_digest_leaves_the_sidecar_and_the_other_digests_cached()
    {
        DigestInput other = new("digests/other.txt", "Mar 12\n\nOther Paper\n\nOther abstract.\n", Sidecar: "refs.bib");
        DigestInput[] inputs = [Digest(), other, new("refs.bib", Bib, IsSidecar: true)];
        var compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver(inputs).RunGenerators(compilation);
        AdditionalText old = driver.GetRunResult().Results.Single().TrackedSteps[PaperCatalogGenerator.Steps.DigestFiles]
            .SelectMany(s => s.Outputs).Select(o => (((AdditionalText, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider))o.Value).Item1).Single(t => t.Path.EndsWith("other.txt", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(old, new GeneratorHarness.InMemoryText(old.Path, "Mar 12\n\nOther Paper Renamed\n\nOther abstract.\n"));
        driver = driver.RunGenerators(compilation);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        steps[PaperCatalogGenerator.Steps.Sidecars].SelectMany(s => s.Outputs).Select(o => o.Reason).Should().OnlyContain(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        var parsed = steps[PaperCatalogGenerator.Steps.ParsedDigests].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        parsed.Count(r => r == IncrementalStepRunReason.Modified).Should().Be(1);
        parsed.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).Should().Be(1);
    }
}
