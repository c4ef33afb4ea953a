using System.Text.Json;
using System.Xml.Linq;
using Papers.Graphs;
using Papers.Graphs.Export;
using Papers.Tests.Shared;

namespace Papers.Tests.Graphs;

/// <summary>Every export is valid for its consumer, whatever the titles hold.</summary>
public class ExportTests
{
    private const string HostileDigest = "Mar 11\n\n" +
        "Quotes \" and <tags> & ampersands --> end\n\nAbout multimodal models and MLLM agents. More on multimodal agents here.\n\n" +
        "Back\\slash {braces} #hash `tick` |pipe| \u202Ebidi\u202C\n\nAbout multimodal models. A multimodal agent again.\n\n" +
        "</script><script>alert(1)</script>\n\nAbout agents and video. Agents in video.\n\n" +
        "Duplicate id\n\nAbout video models. Video again.\n";

    private static readonly DigestLoadResult Seed = DigestLoader.Load(RepoPaths.SeedDigest);
    private static readonly IReadOnlyList<Paper> Hostile = DigestLoader.Parse(HostileDigest).Papers;

    public static TheoryData<string> Graphs => new() { "similarity", "topics", "paper-topics", "hostile", "empty", "single" };

    private static PaperGraph Build(string name) => name switch
    {
        "similarity" => Seed.Papers.SimilarityGraph(),
        "topics" => Seed.Papers.TopicGraph(),
        "paper-topics" => Seed.Papers.PaperTopicGraph(),
        "hostile" => Hostile.SimilarityGraph(k: 3, minSimilarity: 0),
        "empty" => Array.Empty<Paper>().TopicGraph(),
        _ => Hostile.Take(1).SimilarityGraph(),
    };

    [Theory]
    [MemberData(nameof(Graphs))]
    public void GraphML_is_well_formed_with_every_node_and_edge(string name)
    {
        PaperGraph graph = Build(name);
        XDocument xml = XDocument.Parse(graph.ToGraphMl());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        xml.Descendants(ns + "node").Should().HaveCount(graph.Nodes.Count);
        xml.Descendants(ns + "edge").Should().HaveCount(graph.Edges.Count);
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Cytoscape_JSON_parses_and_carries_community_and_pagerank(string name)
    {
        PaperGraph graph = Build(name);
        using JsonDocument json = JsonDocument.Parse(graph.ToCytoscapeJson());
        var nodes = json.RootElement.GetProperty("elements").GetProperty("nodes").EnumerateArray().ToList();
        nodes.Should().HaveCount(graph.Nodes.Count);
        foreach (JsonElement node in nodes)
        {
            JsonElement data = node.GetProperty("data");
            data.GetProperty("community").GetInt32().Should().BeGreaterThanOrEqualTo(0);
            data.GetProperty("pagerank").GetDouble().Should().BeGreaterThan(0);
            data.GetProperty("title").GetString().Should().NotBeNull();
        }
        json.RootElement.GetProperty("elements").GetProperty("edges").GetArrayLength().Should().Be(graph.Edges.Count);
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void SVG_is_well_formed_and_self_contained(string name)
    {
        string svg = Build(name).ToSvg();
        XDocument.Parse(svg).Root!.Name.LocalName.Should().Be("svg");
        svg.Should().NotContain("<script").And.NotContain("href=");
    }

    [Fact]
    public void Mermaid_uses_safe_ids_quoted_labels_and_stays_within_limits()
    {
        string mermaid = Hostile.SimilarityGraph(k: 3, minSimilarity: 0).ToMermaid();
        mermaid.Should().StartWith("flowchart LR\n");
        mermaid.Should().Contain("#quot;").And.Contain("#lt;tags#gt;").And.NotContain("<tags>").And.NotContain("\u202E");
        mermaid.Split('\n').Where(l => l.Contains("---", StringComparison.Ordinal)).Should().OnlyContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  n\d+ --- n\d+$"));

        var big = Enumerable.Range(0, 400).Select(i => new Paper
        {
            Id = "p" + i,
            Title = $"Paper {i} on multimodal retrieval topic {i % 7}",
            Abstract = $"Multimodal retrieval with embeddings variant {i % 13} and agents {i % 5}.",
            Source = new SourceLocation("x", i + 1),
        }).ToList();
        string limited = big.SimilarityGraph(k: 10).ToMermaid();
        limited.Length.Should().BeLessThanOrEqualTo(GraphExport.MermaidMaxChars);
        limited.Split('\n').Count(l => l.Contains(" --- ", StringComparison.Ordinal)).Should().BeLessThanOrEqualTo(GraphExport.MermaidMaxEdges);
        limited.Should().Contain("%% showing the top");
    }

    [SkippableTheory]
    [MemberData(nameof(Graphs))]
    public void Graphviz_accepts_the_DOT(string name)
    {
        string dot = Tool.Require("/usr/bin/dot");
        using var temp = new TempFolder("papers-dot-");
        string file = temp.File("graph.dot");
        File.WriteAllText(file, Build(name).ToDot());
        var (exitCode, output) = Tool.Run(dot, "-Tsvg", "-o", file + ".svg", file);
        exitCode.Should().Be(0, output);
        output.Should().NotContain("Error").And.NotContain("syntax error");
    }

    [SkippableTheory]
    [MemberData(nameof(Graphs))]
    public void NetworkX_reads_the_GraphML(string name)
    {
        string python = Tool.Require("/usr/bin/python3");
        Tool.Require("/usr/lib/python3/dist-packages/networkx/__init__.py");
        PaperGraph graph = Build(name);
        using var temp = new TempFolder("papers-graphml-");
        string file = temp.File("graph.graphml");
        File.WriteAllText(file, graph.ToGraphMl());
        var (exitCode, output) = Tool.Run(python, "-c",
            "import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())", file);
        exitCode.Should().Be(0, output);
        output.Trim().Should().Be($"{graph.Nodes.Count} {graph.Edges.Count}");
    }

    [SkippableFact]
    public void The_HTML_page_renders_in_Chromium_without_errors_and_is_not_blank()
    {
        string chromium = Tool.Require("/usr/bin/chromium");
        using var temp = new TempFolder("papers-html-");
        string dir = temp.Path;
        string page = Path.Combine(dir, "graph.html");
        File.WriteAllText(page, Seed.Papers.SimilarityGraph().ToHtml());
        string blank = Path.Combine(dir, "blank.html");
        File.WriteAllText(blank, "<!DOCTYPE html><html><body></body></html>");

        var (_, dom) = Tool.Run(chromium, [.. Headless(dir), "--dump-dom", "file://" + page]);
        dom.Should().Contain("data-ready=\"70\"").And.NotContain("data-errors");

        Tool.Run(chromium, [.. Headless(dir), "--window-size=1400,900", "--screenshot=" + Path.Combine(dir, "graph.png"), "file://" + page]);
        Tool.Run(chromium, [.. Headless(dir), "--window-size=1400,900", "--screenshot=" + Path.Combine(dir, "blank.png"), "file://" + blank]);
        new FileInfo(Path.Combine(dir, "graph.png")).Length.Should().BeGreaterThan(4 * new FileInfo(Path.Combine(dir, "blank.png")).Length, "a drawn graph compresses far worse than an empty page");
    }

    [SkippableFact]
    public void Hostile_titles_cannot_break_out_of_the_HTML()
    {
        string chromium = Tool.Require("/usr/bin/chromium");
        using var temp = new TempFolder("papers-html-");
        string dir = temp.Path;
        string page = Path.Combine(dir, "hostile.html");
        string html = Hostile.SimilarityGraph(k: 3, minSimilarity: 0).ToHtml("</title><script>alert(1)</script>");
        html.Should().NotContain("<script>alert(1)</script>");
        File.WriteAllText(page, html);
        var (_, dom) = Tool.Run(chromium, [.. Headless(dir), "--dump-dom", "file://" + page]);
        dom.Should().Contain("data-ready=\"4\"").And.NotContain("data-errors");
    }

    internal static string[] Headless(string dir) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(dir, "profile"), "--virtual-time-budget=3000",
    ];
}
