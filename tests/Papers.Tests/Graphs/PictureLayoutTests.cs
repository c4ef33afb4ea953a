using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Papers.Graphs;
using Papers.Graphs.Export;
using Papers.Tests.Shared;
using Xunit.Abstractions;

namespace Papers.Tests.Graphs;

/// <summary>
/// The HTML pictures as a reader sees them: each is opened in headless Chromium with a measuring script of this
/// test appended, which reads the laid-out page (<c>getBoundingClientRect</c>): no two shown labels overlap, no
/// label or node leaves the window, and the legend covers no node; then a wheel turn zooms, a drag pans and a search
/// highlights. At 70, 993 and 9,049 papers, and the topic graph, each at two window sizes.
/// </summary>
public class PictureLayoutTests(ITestOutputHelper output)
{
    private const string Measure = """
        <script>
        (function () {
          function box(e) { return e.getBoundingClientRect(); }
          function meets(a, b) { return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5; }
          function outside(r) { return r.left < 0 || r.top < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight; }
          var labels = Array.prototype.slice.call(document.querySelectorAll('main svg text'))
            .filter(function (t) { return getComputedStyle(t).display !== 'none' && box(t).width > 0; });
          var nodeLabels = labels.filter(function (t) { return t.closest('g.node'); });
          var nodes = Array.prototype.slice.call(document.querySelectorAll('g.node > circle, g.node > rect'));
          var legend = box(document.querySelector('#legend > rect'));
          var overlaps = 0, out = 0, covered = 0;
          for (var i = 0; i < nodeLabels.length; i++) {
            for (var j = i + 1; j < nodeLabels.length; j++) { if (meets(box(nodeLabels[i]), box(nodeLabels[j]))) { overlaps++; } }
          }
          labels.forEach(function (t) { if (outside(box(t))) { out++; } });
          nodes.forEach(function (n) { if (outside(box(n))) { out++; } if (meets(box(n), legend)) { covered++; } });

          // Then use it as a reader would: a wheel turn over the middle, a drag, a search for the first node's label.
          var svg = document.querySelector('main svg'), view = document.getElementById('viewport'), frame = box(svg);
          var cx = frame.left + frame.width / 2, cy = frame.top + frame.height / 2;
          svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: cx, clientY: cy, bubbles: true, cancelable: true }));
          var zoomed = view.getAttribute('transform') || '';
          svg.dispatchEvent(new PointerEvent('pointerdown', { clientX: cx, clientY: cy, bubbles: true }));
          svg.dispatchEvent(new PointerEvent('pointermove', { clientX: cx + 50, clientY: cy, bubbles: true }));
          window.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
          var panned = view.getAttribute('transform') || '';
          var search = document.getElementById('search');
          search.value = JSON.parse(document.getElementById('graph-data').textContent)[0].label;
          search.dispatchEvent(new Event('input', { bubbles: true }));
          var hits = document.querySelectorAll('g.node.hit').length, dimmed = document.querySelectorAll('g.node.dim').length;
          document.body.setAttribute('data-measure', JSON.stringify({ labels: nodeLabels.length, nodes: nodes.length, overlaps: overlaps, outside: out, covered: covered,
            zoomed: zoomed, panned: panned, hits: hits, dimmed: dimmed }));
        })();
        </script>
        """;

    private static readonly Lazy<IReadOnlyList<Paper>> Archive = new(() => DigestLoader.Load(RepoPaths.RenderedArchive).Papers);

    public static TheoryData<string> Pictures => new() { "seed", "arxiv", "archive", "topics" };

    [SkippableTheory]
    [MemberData(nameof(Pictures))]
    public void Shown_labels_do_not_overlap_stay_in_the_window_and_the_legend_covers_no_node(string name)
    {
        string chromium = Tool.Require("/usr/bin/chromium");
        using var temp = new TempFolder("papers-picture-");
        string dir = temp.Path;
        string page = Path.Combine(dir, name + ".html");
        File.WriteAllText(page, Graph(name).ToHtml().Replace("</body>", Measure + "</body>", StringComparison.Ordinal));

        foreach (string size in new[] { "1400,900", "1000,700" })
        {
            var (_, dom) = Tool.Run(chromium, [.. ExportTests.Headless(dir), "--window-size=" + size, "--dump-dom", "file://" + page]);
            Match measured = Regex.Match(dom, "data-measure=\"([^\"]*)\"");
            measured.Success.Should().BeTrue(dom.Length > 2000 ? dom[..2000] : dom);
            using var result = JsonDocument.Parse(WebUtility.HtmlDecode(measured.Groups[1].Value));
            int Of(string key) => result.RootElement.GetProperty(key).GetInt32();
            output.WriteLine($"{name} at {size}: {Of("nodes")} nodes, {Of("labels")} labels shown, {Of("overlaps")} overlaps, {Of("outside")} outside, {Of("covered")} under the legend");

            dom.Should().NotContain("data-errors");
            Of("labels").Should().BeGreaterThanOrEqualTo(Math.Min(15, Of("nodes")), "the top nodes are labelled");
            Of("overlaps").Should().Be(0);
            Of("outside").Should().Be(0);
            Of("covered").Should().Be(0);

            string zoomed = result.RootElement.GetProperty("zoomed").GetString()!;
            zoomed.Should().Contain("scale(1.2)", "a wheel turn zooms in");
            result.RootElement.GetProperty("panned").GetString().Should().NotBe(zoomed, "a drag pans");
            Of("hits").Should().BeGreaterThanOrEqualTo(1, "searching a node's label highlights it");
            (Of("hits") + Of("dimmed")).Should().Be(Of("nodes"), "every other node is dimmed");
        }

        // PAPERS_SCREENSHOTS=docs/pictures refreshes the screenshots the docs show (the measuring script draws nothing).
        if (Environment.GetEnvironmentVariable("PAPERS_SCREENSHOTS") is { Length: > 0 } screenshots)
        {
            Tool.Run(chromium, [.. ExportTests.Headless(dir), "--window-size=1400,900", "--screenshot=" + Path.GetFullPath(Path.Combine(screenshots, name + ".png")), "file://" + page]);
        }
    }

    internal static PaperGraph Graph(string name) => name switch
    {
        "seed" => DigestLoader.Load(RepoPaths.SeedDigest).Papers.SimilarityGraph(),
        "arxiv" => ArxivPapers().ToList().SimilarityGraph(),
        "archive" => Archive.Value.SimilarityGraph(),
        _ => Archive.Value.TopicGraph(),
    };

    private static IEnumerable<Paper> ArxivPapers() =>
        Csv.Read(RepoPaths.ArxivCs).DistinctBy(r => r["titles"]).Select((r, i) => new Paper
        {
            Id = "arxiv-" + i,
            Title = r["titles"],
            Abstract = string.Join(' ', r["summaries"].Split('\n', StringSplitOptions.TrimEntries)),
            Source = new SourceLocation("arxiv-cs-1000.csv", i + 2),
        });
}
