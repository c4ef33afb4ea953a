using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Papers.Graphs.Export;

/// <summary>
/// Pictures of a graph: a self-contained SVG (force-directed layout computed here, communities coloured, the
/// most central nodes labelled, a legend of community labels) and a self-contained HTML page around it with
/// search, hover and a details panel — no external scripts, styles or fonts. Reached through
/// <see cref="GraphExport.ToSvg"/> and <see cref="GraphExport.ToHtml"/>.
/// </summary>
internal static class GraphPicture
{
    private const int MaxNodes = GraphExport.PictureMaxNodes;

    private const double Width = 1200;
    private const double Height = 800;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string ToSvg(PaperGraph graph) => Svg(graph.Top(MaxNodes));

    public static string ToHtml(PaperGraph graph, string? title)
    {
        PaperGraph shown = graph.Top(MaxNodes);
        string heading = SafeText.Xml(title ?? "Papers — " + graph.Name + " graph");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(heading).Append("</title>\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>\n");
        html.Append("body{margin:0;font:14px system-ui,sans-serif;display:flex;height:100vh;color:#222}\n");
        html.Append("main{flex:1;overflow:hidden}svg{width:100%;height:100%}\n");
        html.Append("aside{width:320px;padding:12px;border-left:1px solid #ddd;overflow:auto;background:#fafafa}\n");
        html.Append("input{width:100%;box-sizing:border-box;padding:6px;margin-bottom:8px}\n");
        html.Append(".dim{opacity:.12}.hit circle,.hit rect{stroke:#000;stroke-width:2.5}\n");
        html.Append("</style>\n</head>\n<body>\n<main>\n").Append(Svg(shown)).Append("</main>\n<aside>\n<h2>").Append(heading).Append("</h2>\n");
        html.Append("<input id=\"search\" type=\"search\" placeholder=\"Search titles…\" aria-label=\"Search titles\">\n");
        html.Append("<p id=\"summary\">").Append(shown.Nodes.Count.ToString(Invariant)).Append(" nodes, ").Append(shown.Edges.Count.ToString(Invariant))
            .Append(" edges, ").Append(shown.Analysis.Communities.Count.ToString(Invariant)).Append(" communities (modularity ")
            .Append(shown.Analysis.Modularity.ToString("0.00", Invariant)).Append(')').Append(shown.Excerpt is string e ? "; " + SafeText.Xml(e) : string.Empty).Append(".</p>\n");
        html.Append("<div id=\"details\">Hover or click a node.</div>\n</aside>\n");
        html.Append("<script type=\"application/json\" id=\"graph-data\">").Append(NodeData(shown)).Append("</script>\n");
        html.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private const string Script = @"(function () {
  'use strict';
  window.addEventListener('error', function (e) { document.body.dataset.errors = (document.body.dataset.errors || '') + e.message + ';'; });
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var nodes = Array.prototype.slice.call(document.querySelectorAll('g.node'));
  var details = document.getElementById('details');
  function show(i) {
    var d = data[i];
    details.textContent = '';
    var h = document.createElement('h3'); h.textContent = d.label; details.appendChild(h);
    var p = document.createElement('p'); p.textContent = d.title; details.appendChild(p);
    var m = document.createElement('p'); m.textContent = 'Community: ' + d.community + (d.topics.length ? ' · Topics: ' + d.topics.join(', ') : ''); details.appendChild(m);
  }
  nodes.forEach(function (g) {
    var i = +g.getAttribute('data-index');
    g.addEventListener('mouseenter', function () { show(i); });
    g.addEventListener('click', function () { show(i); });
  });
  document.getElementById('search').addEventListener('input', function (e) {
    var q = e.target.value.trim().toLowerCase();
    nodes.forEach(function (g) {
      var d = data[+g.getAttribute('data-index')];
      var hit = q.length > 0 && (d.title.toLowerCase().indexOf(q) >= 0 || d.label.toLowerCase().indexOf(q) >= 0);
      g.classList.toggle('hit', hit);
      g.classList.toggle('dim', q.length > 0 && !hit);
    });
  });
  document.body.dataset.ready = String(nodes.length);
})();
";

    private static string Svg(PaperGraph graph)
    {
        GraphAnalysis analysis = graph.Analysis;
        var layout = ForceLayout.Compute(graph, Width, Height);
        double maxRank = graph.Nodes.Count == 0 ? 1 : analysis.PageRank.Max();
        var labelled = Enumerable.Range(0, graph.Nodes.Count).OrderByDescending(i => analysis.PageRank[i]).ThenBy(i => i).Take(40).ToHashSet();
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Width.ToString(Invariant)).Append(' ').Append(Height.ToString(Invariant))
            .Append("\" font-family=\"system-ui, sans-serif\" role=\"img\">\n");
        svg.Append("<title>").Append(SafeText.Xml(graph.Name + " graph")).Append("</title>\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g stroke=\"#999\" stroke-opacity=\"0.45\">\n");
        foreach (GraphEdge edge in graph.Edges)
        {
            var (x1, y1) = layout[edge.Source];
            var (x2, y2) = layout[edge.Target];
            svg.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2))
                .Append("\" stroke-width=\"").Append(N(0.5 + (2 * Math.Min(1, edge.Weight)))).Append("\"/>\n");
        }

        svg.Append("</g>\n");
        for (int i = 0; i < graph.Nodes.Count; i++)
        {
            GraphNode node = graph.Nodes[i];
            var (x, y) = layout[i];
            double r = 4 + (10 * Math.Sqrt(analysis.PageRank[i] / maxRank));
            string color = Palette.Color(analysis.Community[i]);
            svg.Append("<g class=\"node\" data-index=\"").Append(i.ToString(Invariant)).Append("\"><title>").Append(SafeText.Xml(node.Paper?.Title ?? node.Label)).Append("</title>");
            if (node.Kind == NodeKind.Topic)
            {
                svg.Append("<rect x=\"").Append(N(x - r)).Append("\" y=\"").Append(N(y - r)).Append("\" width=\"").Append(N(2 * r)).Append("\" height=\"").Append(N(2 * r));
            }
            else
            {
                svg.Append("<circle cx=\"").Append(N(x)).Append("\" cy=\"").Append(N(y)).Append("\" r=\"").Append(N(r));
            }

            svg.Append("\" fill=\"").Append(color).Append("\" stroke=\"#fff\" stroke-width=\"1\"/>");
            if (labelled.Contains(i))
            {
                svg.Append("<text x=\"").Append(N(x + r + 3)).Append("\" y=\"").Append(N(y + 4)).Append("\" font-size=\"12\" fill=\"#222\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\">")
                    .Append(SafeText.Xml(SafeText.Clean(node.Label, 40))).Append("</text>");
            }

            svg.Append("</g>\n");
        }

        // Legend: the largest communities and what they are about.
        svg.Append("<g font-size=\"12\">\n");
        int row = 0;
        foreach (Community community in analysis.Communities.Where(c => c.Members.Count > 0).Take(8))
        {
            double y = 20 + (row++ * 18);
            svg.Append("<rect x=\"12\" y=\"").Append(N(y - 10)).Append("\" width=\"12\" height=\"12\" fill=\"").Append(Palette.Color(community.Id)).Append("\"/>");
            svg.Append("<text x=\"30\" y=\"").Append(N(y)).Append("\" fill=\"#222\">").Append(SafeText.Xml(SafeText.Clean(community.Label, 60)))
                .Append(" (").Append(community.Members.Count.ToString(Invariant)).Append(")</text>\n");
        }

        if (graph.Excerpt is string excerpt)
        {
            svg.Append("<text x=\"12\" y=\"").Append(N(Height - 12)).Append("\" fill=\"#666\">").Append(SafeText.Xml(excerpt)).Append("</text>\n");
        }

        svg.Append("</g>\n</svg>\n");
        return svg.ToString();
    }

    private static string NodeData(PaperGraph graph)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            for (int i = 0; i < graph.Nodes.Count; i++)
            {
                GraphNode node = graph.Nodes[i];
                json.WriteStartObject();
                json.WriteString("label", SafeText.Clean(node.Label, int.MaxValue));
                json.WriteString("title", SafeText.Clean(node.Paper?.Title ?? node.Label, int.MaxValue));
                json.WriteNumber("community", graph.Analysis.Community[i]);
                json.WriteStartArray("topics");
                foreach (string topic in node.Paper?.Topics ?? Array.Empty<string>())
                {
                    json.WriteStringValue(topic);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        // The default encoder escapes < > & ' so the JSON cannot close the <script> element.
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string N(double value) => value.ToString("0.#", Invariant);
}
