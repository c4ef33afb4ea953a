using System.Text.Json;
using Papers.Tests.Shared;

namespace Papers.Tool.Tests;

/// <summary>The built <c>papers</c> tool, run as a process.</summary>
public class ToolTests
{
    private const string Prose = "A paragraph long enough to be prose. It has two sentences and reads like an abstract.";

    [Fact]
    public void List_defaults_to_the_bundled_seed()
    {
        var (code, stdout, stderr) = Papers("list");
        code.Should().Be(0, stderr);
        string[] lines = stdout.TrimEnd().Split('\n');
        lines.Should().HaveCount(71);
        lines[0].Should().StartWith("ID").And.Contain("TOPICS");
    }

    [Fact]
    public void List_json_is_an_array_of_papers_with_the_model_properties()
    {
        var (code, stdout, _) = Papers("list", "--json");
        code.Should().Be(0);
        using JsonDocument json = JsonDocument.Parse(stdout);
        json.RootElement.GetArrayLength().Should().Be(70);
        JsonElement first = json.RootElement[0];
        first.GetProperty("title").GetString().Should().StartWith("E-ViLM:");
        first.GetProperty("shortName").GetString().Should().Be("E-ViLM");
        first.GetProperty("source").GetString().Should().Be("trending-mar11.txt:11");
        first.GetProperty("topics").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Show_finds_by_name_and_says_when_it_cannot()
    {
        Papers("show", "E-ViLM").Stdout.Should().StartWith("E-ViLM: Efficient Video-Language Model");
        Papers("show", "BIOSCAN5M").Stdout.Should().Contain("link:     https://github.com/zahrag/BIOSCAN-5M (Code)");
        var (code, stdout, stderr) = Papers("show", "no-such-paper");
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Trim().Should().Be("papers: no paper with id or name 'no-such-paper'");
    }

    [Fact]
    public void Search_ranks_and_bad_queries_get_a_column()
    {
        var (code, stdout, _) = Papers("search", "mixture of experts", "--top", "3");
        code.Should().Be(0);
        stdout.Split('\n')[1].Should().Contain("A Survey on Mixture of Experts");
        var (bad, _, stderr) = Papers("search", "topic:multimodal )");
        bad.Should().Be(2);
        stderr.Trim().Should().Be("papers: query: unexpected ')' at column 18");
    }

    [Fact]
    public void Stats_and_graph_work_on_inputs()
    {
        using var temp = new TempFolder("papers-tool-");
        string dir = temp.Path;
        File.Copy(RepoPaths.SeedDigest, Path.Combine(dir, "seed.txt"));
        using JsonDocument stats = JsonDocument.Parse(Papers("-i", dir, "stats", "--json").Stdout);
        stats.RootElement.GetProperty("papers").GetInt32().Should().Be(70);
        stats.RootElement.GetProperty("links").GetProperty("Code").GetInt32().Should().Be(18);

        Papers("-i", Path.Combine(dir, "*.txt"), "graph", "--kind", "topics", "--format", "dot").Stdout.Should().StartWith("graph \"topics\" {");
        string svg = Path.Combine(dir, "g.svg");
        var (code, _, stderr) = Papers("graph", "topic:multimodal", "--format", "svg", "--out", svg);
        code.Should().Be(0, stderr);
        File.ReadAllText(svg).Should().StartWith("<svg");
        using JsonDocument cytoscape = JsonDocument.Parse(Papers("graph", "--format", "cytoscape").Stdout);
        JsonElement data = cytoscape.RootElement.GetProperty("elements").GetProperty("nodes")[0].GetProperty("data");
        data.TryGetProperty("title", out _).Should().BeTrue();
        data.TryGetProperty("community", out _).Should().BeTrue();
        data.TryGetProperty("pagerank", out _).Should().BeTrue();
    }

    [Fact]
    public void Lint_prints_compiler_style_findings_and_exits_1()
    {
        using var temp = new TempFolder("papers-lint-");
        string dir = temp.Path;
        string bad = Path.Combine(dir, "bad.txt");
        File.WriteAllText(bad, $"Mar 11\n\nFirst\n\n{Prose}\n\n{Prose}\n\nMar 32\n\nSecond\n\n{Prose}\n");
        var (code, stdout, _) = Papers("lint", bad);
        code.Should().Be(1);
        stdout.Should().Contain("bad.txt(7,1): error PAPER005: Expected a paper title but found a paragraph")
            .And.Contain("bad.txt(9,1): error PAPER006:");

        string good = Path.Combine(dir, "good.txt");
        File.Copy(RepoPaths.SeedDigest, good);
        Papers("lint", good).Code.Should().Be(0);

        string binary = Path.Combine(dir, "binary.txt");
        File.WriteAllBytes(binary, [0x00, 0xC3, 0x28, 0x80, 0xFF, 0x0A]);
        var (binaryCode, binaryOut, _) = Papers("lint", binary);
        binaryCode.Should().Be(1);
        binaryOut.Should().Contain("PAPER001");
    }

    [Theory]
    [InlineData("papers: /nope/missing.txt: no such file or folder", "-i", "/nope/missing.txt", "list")]
    [InlineData("papers: /nope/*.txt: no such folder '/nope'", "lint", "/nope/*.txt")]
    public void Missing_inputs_are_one_line_and_exit_2(string message, params string[] args)
    {
        var (code, _, stderr) = Papers(args);
        code.Should().Be(2);
        stderr.Trim().Should().Be(message);
        stderr.Should().NotContain("   at ");
    }

    [Fact]
    public void A_folder_without_digests_and_bad_usage_exit_2()
    {
        using var temp = new TempFolder("papers-empty-");
        string empty = temp.Path;
        Papers("-i", empty, "list").Code.Should().Be(2);
        var (code, _, stderr) = Papers("list", "--bogus");
        code.Should().Be(2);
        stderr.Should().Contain("--bogus");
        Papers("graph", "--format", "png").Code.Should().Be(2);
        Papers().Code.Should().Be(2, "a command is required");
    }

    [Fact]
    public void Cite_formats_a_reference_list_in_each_style()
    {
        var (code, stdout, stderr) = Papers("cite", "E-ViLM", "--style", "ieee");
        code.Should().Be(0, stderr);
        stdout.Should().StartWith("[1] “E-ViLM: Efficient Video-Language Model via Masked Video Modeling with Semantic Vector-Quantized Tokenizer.”\n");
        Papers("cite", "has:code", "--style", "apa", "--format", "html").Stdout.Should().StartWith("<div class=\"csl-entry\"><i>");
        using JsonDocument json = JsonDocument.Parse(Papers("cite", "--style", "chicago", "--json").Stdout);
        json.RootElement.GetArrayLength().Should().Be(70);
        json.RootElement[0].GetProperty("inText").GetString().Should().StartWith("(“");
        Papers("cite", "--style", "turabian").Code.Should().Be(2);
        var (none, _, noneErr) = Papers("cite", "quantum blockchain zebra");
        none.Should().Be(2);
        noneErr.Trim().Should().Be("papers: no paper matches the query");
    }

    [Fact]
    public void Bib_writes_each_format_and_merges_a_sidecar()
    {
        using var temp = new TempFolder("papers-tool-");
        string dir = temp.Path;
        string digest = Path.Combine(dir, "d.txt");
        File.WriteAllText(digest, "Mar 11, 2024\n\nE-ViLM: Efficient Video Models\n\nAbstract.\n");
        File.WriteAllText(Path.Combine(dir, "refs.bib"), "@misc{x, title = {E-ViLM: Efficient Video Models}, author = {Doe, Jane}, eprint = {2311.17267}, archivePrefix = {arXiv}}\n");

        var (code, stdout, stderr) = Papers("-i", digest, "--sidecar", Path.Combine(dir, "refs.bib"), "bib", "--format", "biblatex");
        code.Should().Be(0, stderr);
        stdout.Should().StartWith("@online{doe2023evilm,\n  author = {Doe, Jane},", "the arXiv id 2311.17267 says November 2023, which wins over the March 2024 digest");
        Papers("-i", digest, "bib", "--format", "ris").Stdout.Should().StartWith("TY  - GEN\n");
        JsonDocument.Parse(Papers("-i", digest, "bib", "--format", "csljson").Stdout).RootElement.GetArrayLength().Should().Be(1);
        string file = Path.Combine(dir, "out.bib");
        Papers("-i", digest, "bib", "--out", file).Stderr.Should().Contain("wrote 1 entries");
        File.ReadAllText(file).Should().StartWith("@misc{");

        File.WriteAllText(Path.Combine(dir, "extra.bib"), "@misc{y, title = {Nobody Lists This}}\n");
        var (lint, lintOut, _) = Papers("lint", digest, "--sidecar", Path.Combine(dir, "extra.bib"));
        lint.Should().Be(1);
        lintOut.Should().Contain("extra.bib(1,1): warning PAPER017:");

        var (missing, _, missingErr) = Papers("-i", digest, "--sidecar", Path.Combine(dir, "nope.bib"), "bib");
        missing.Should().Be(2);
        missingErr.Trim().Should().EndWith("nope.bib: no such sidecar file");
    }

    [Fact]
    public void Reading_many_digests_shows_a_progress_bar_on_request()
    {
        using var temp = new TempFolder("papers-tool-");
        string dir = temp.Path;
        for (int i = 0; i < 60; i++)
        {
            File.WriteAllText(Path.Combine(dir, $"d{i:D2}.txt"), $"Mar 11\n\nPaper {i}\n\nAbstract {i}.\n");
        }

        var (code, _, stderr) = PapersWith(new Dictionary<string, string> { ["PAPERS_PROGRESS"] = "always" }, "-i", dir, "stats");
        code.Should().Be(0);
        stderr.Should().Contain("reading [####################] 60/60 digests");
        Papers("-i", dir, "stats").Stderr.Should().NotContain("reading", "a redirected stderr gets no progress bar");
    }

    [Fact]
    public void Help_has_examples()
    {
        var (code, stdout, _) = Papers("--help");
        code.Should().Be(0);
        stdout.Should().Contain("Examples:").And.Contain("lint");
        Papers("search", "--help").Stdout.Should().Contain("Example: papers search");
    }

    private static (int Code, string Stdout, string Stderr) Papers(params string[] args) => PapersProcess.Run(args);

    private static (int Code, string Stdout, string Stderr) PapersWith(Dictionary<string, string> environment, params string[] args) =>
        PapersProcess.Run(args, environment);
}
