using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Papers.Graphs.Export;

/// <summary>
/// Pictures of a graph: a self-contained SVG (force-directed layout computed here, communities coloured, node size
/// by PageRank or papers per topic, edge width by weight, each node's strongest edges only, labels placed without
/// overlaps and the rest shown on hover, a legend strip the nodes keep clear of) and a self-contained HTML page
/// around it with search, zoom and pan, hover and a details panel — no external scripts, styles or fonts. Reached
/// through <see cref="GraphExport.ToSvg"/> and <see cref="GraphExport.ToHtml"/>.
/// </summary>
internal static class GraphPicture
{
    private const int MaxNodes = GraphExport.PictureMaxNodes;

    private const double Width = 1200;
    private const double Height = 800;
    private const double MinRadius = 4;
    private const double MaxRadius = 16;
    private const int EdgesPerNode = 3;
    private const int MaxLabels = 40;
    private const int LegendRows = 4;
    private const double LegendRowHeight = 18;
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
        html.Append(".dim{opacity:.12}.hit circle,.hit rect{stroke:#000;stroke-width:2.5}.hit .hover{display:inline}\n");
        html.Append(".label.crowded{display:none}.node:hover .label.crowded{display:inline}#viewport{cursor:grab}\n");
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

  // The picture placed labels by estimated widths; with the real font, a label that still meets a better-ranked
  // one or leaves the picture waits for hover.
  var svg = document.querySelector('main svg');
  var frame = svg.getBoundingClientRect();
  var legend = document.getElementById('legend').getBoundingClientRect();
  var kept = [];
  function meets(a, b) { return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; }
  Array.prototype.slice.call(document.querySelectorAll('text.label'))
    .sort(function (a, b) { return a.getAttribute('data-rank') - b.getAttribute('data-rank'); })
    .forEach(function (t) {
      var r = t.getBoundingClientRect();
      var inside = r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
      if (!inside || meets(r, legend) || kept.some(function (k) { return meets(r, k); })) { t.classList.add('crowded'); } else { kept.push(r); }
    });

  // Zoom with the wheel about the pointer, pan by dragging; the legend stays put.
  var view = document.getElementById('viewport');
  var scale = 1, tx = 0, ty = 0, drag = null;
  function apply() { view.setAttribute('transform', 'translate(' + tx + ' ' + ty + ') scale(' + scale + ')'); }
  function point(e) { var m = svg.getScreenCTM().inverse(); return { x: m.a * e.clientX + m.c * e.clientY + m.e, y: m.b * e.clientX + m.d * e.clientY + m.f }; }
  svg.addEventListener('wheel', function (e) {
    e.preventDefault();
    var p = point(e), factor = e.deltaY < 0 ? 1.2 : 1 / 1.2, next = Math.min(20, Math.max(0.5, scale * factor));
    tx = p.x - (p.x - tx) * next / scale; ty = p.y - (p.y - ty) * next / scale; scale = next; apply();
  }, { passive: false });
  svg.addEventListener('pointerdown', function (e) { var p = point(e); drag = { x: p.x - tx, y: p.y - ty }; });
  svg.addEventListener('pointermove', function (e) { if (drag) { var p = point(e); tx = p.x - drag.x; ty = p.y - drag.y; apply(); } });
  window.addEventListener('pointerup', function () { drag = null; });

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
        var communities = analysis.Communities.Where(c => c.Members.Count > 0).Take(2 * LegendRows).ToList();
        var edges = Strongest(graph, EdgesPerNode);
        bool topics = graph.Nodes.Any(n => n.Kind == NodeKind.Topic);
        bool papers = graph.Nodes.Any(n => n.Kind == NodeKind.Paper);
        string size = topics && papers ? "papers per topic, PageRank per paper" : topics ? "papers per topic" : "PageRank";
        string key = $"size: {size} · " +
            $"width: edge weight · each node's {EdgesPerNode} strongest edges drawn ({edges.Count} of {graph.Edges.Count})";

        // The legend has the top of the picture and the excerpt note its foot; nodes and labels keep to the rest.
        double legendHeight = 16 + (LegendRowHeight * (Math.Min(LegendRows, (communities.Count + 1) / 2) + 1));
        double footer = graph.Excerpt is null ? 0 : 24;
        var area = new Rect(0, legendHeight, Width, Height - legendHeight - footer);
        var layout = ForceLayout.Compute(graph, area, inset: MaxRadius + 4);
        double[] radius = Radii(graph);
        var order = Enumerable.Range(0, graph.Nodes.Count).OrderByDescending(i => radius[i]).ThenBy(i => i).ToList();
        // Labels keep off each other and off the nodes that may be labelled, so no important node hides under a
        // label (keeping off every node would leave dense clusters unlabelled).
        var candidates = order.Take(MaxLabels).ToList();
        var nodeBoxes = candidates.Select(i => new Rect(layout[i].X - radius[i], layout[i].Y - radius[i], 2 * radius[i], 2 * radius[i])).ToList();
        var labels = LabelPlacer.Place(candidates, i => (layout[i].X, layout[i].Y, radius[i]), i => Label(graph.Nodes[i]), area, nodeBoxes)
            .ToDictionary(p => p.Node);

        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(Height))
            .Append("\" font-family=\"system-ui, sans-serif\" role=\"img\">\n");
        svg.Append("<title>").Append(SafeText.Xml(graph.Name + " graph")).Append("</title>\n");
        svg.Append("<style>.hover{display:none}.node:hover .hover{display:inline}</style>\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g id=\"viewport\">\n<g stroke=\"#888\" stroke-opacity=\"0.5\">\n");
        double maxWeight = edges.Count == 0 ? 1 : Math.Max(1e-9, edges.Max(e => e.Weight));
        foreach (GraphEdge edge in edges)
        {
            var (x1, y1) = layout[edge.Source];
            var (x2, y2) = layout[edge.Target];
            svg.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2))
                .Append("\" stroke-width=\"").Append(N(0.5 + (3.5 * Math.Max(0, edge.Weight) / maxWeight))).Append("\"/>\n");
        }

        svg.Append("</g>\n");
        // Least important first, so the labelled nodes and their labels are drawn over the rest.
        for (int rank = order.Count - 1; rank >= 0; rank--)
        {
            int i = order[rank];
            AppendNode(svg, graph.Nodes[i], i, layout[i], radius[i], Palette.Color(analysis.Community[i]), labels.TryGetValue(i, out var placed) ? placed : null, rank);
        }

        svg.Append("</g>\n");
        AppendLegend(svg, communities, key, legendHeight);
        if (graph.Excerpt is string excerpt)
        {
            svg.Append("<text x=\"12\" y=\"").Append(N(Height - 8)).Append("\" font-size=\"12\" fill=\"#555\">").Append(SafeText.Xml(excerpt)).Append("</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void AppendNode(StringBuilder svg, GraphNode node, int i, (double X, double Y) at, double r, string color, LabelPlacer.Placement? label, int rank)
    {
        var (x, y) = at;
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

        // A placed label is always shown; every other node shows its label on hover, beside it on the side with room.
        bool rightHalf = x > Width / 2;
        var (textX, baseline, anchor, kind) = label is { } p
            ? (p.X, p.Y, p.Anchor, "label")
            : (rightHalf ? x - r - 3 : x + r + 3, y + 4, rightHalf ? "end" : "start", "hover");
        svg.Append("<text class=\"").Append(kind).Append("\" data-rank=\"").Append(rank.ToString(Invariant)).Append("\" x=\"").Append(N(textX)).Append("\" y=\"").Append(N(baseline))
            .Append("\" text-anchor=\"").Append(anchor).Append("\" font-size=\"").Append(N(LabelPlacer.FontSize))
            .Append("\" fill=\"#222\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\">")
            .Append(SafeText.Xml(Label(node))).Append("</text></g>\n");
    }

    // Communities in two columns, then what sizes and widths mean; on a white ground, above the nodes' area.
    private static void AppendLegend(StringBuilder svg, List<Community> communities, string key, double height)
    {
        svg.Append("<g id=\"legend\" font-size=\"12\">\n<rect width=\"").Append(N(Width)).Append("\" height=\"").Append(N(height)).Append("\" fill=\"#ffffff\" fill-opacity=\"0.92\"/>\n");
        int rows = Math.Min(LegendRows, (communities.Count + 1) / 2);
        for (int c = 0; c < communities.Count; c++)
        {
            double x = 12 + ((c / Math.Max(1, rows)) * (Width / 2));
            double y = 20 + ((c % Math.Max(1, rows)) * LegendRowHeight);
            svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y - 10)).Append("\" width=\"12\" height=\"12\" fill=\"").Append(Palette.Color(communities[c].Id)).Append("\"/>");
            svg.Append("<text x=\"").Append(N(x + 18)).Append("\" y=\"").Append(N(y)).Append("\" fill=\"#222\">").Append(SafeText.Xml(SafeText.Clean(communities[c].Label, 70)))
                .Append(" (").Append(communities[c].Members.Count.ToString(Invariant)).Append(")</text>\n");
        }

        svg.Append("<text x=\"12\" y=\"").Append(N(20 + (rows * LegendRowHeight))).Append("\" fill=\"#555\">").Append(SafeText.Xml(key)).Append("</text>\n</g>\n");
    }

    // Papers by PageRank, topics by how many papers have them (the area grows with the measure).
    private static double[] Radii(PaperGraph graph)
    {
        double maxRank = graph.Nodes.Count == 0 ? 1 : Math.Max(1e-12, graph.Analysis.PageRank.Max());
        double maxSize = graph.Nodes.Where(n => n.Kind == NodeKind.Topic).Select(n => n.Size).DefaultIfEmpty(1).Max();
        return graph.Nodes.Select((node, i) => node.Kind == NodeKind.Topic
                ? MinRadius + ((MaxRadius - MinRadius) * Math.Sqrt(Math.Max(0, node.Size) / Math.Max(1e-12, maxSize)))
                : MinRadius + ((MaxRadius - MinRadius) * Math.Sqrt(graph.Analysis.PageRank[i] / maxRank)))
            .ToArray();
    }

    // Each node's strongest edges (ties: lower index); an edge is drawn when it is among either end's strongest.
    private static List<GraphEdge> Strongest(PaperGraph graph, int perNode)
    {
        var keep = new HashSet<GraphEdge>();
        var byNode = new List<GraphEdge>[graph.Nodes.Count];
        foreach (GraphEdge edge in graph.Edges)
        {
            (byNode[edge.Source] ??= new()).Add(edge);
            (byNode[edge.Target] ??= new()).Add(edge);
        }

        foreach (var list in byNode.Where(l => l != null))
        {
            keep.UnionWith(list.OrderByDescending(e => e.Weight).ThenBy(e => e.Source).ThenBy(e => e.Target).Take(perNode));
        }

        return graph.Edges.Where(keep.Contains).ToList();
    }

    // Long enough to recognise a title, short enough that a few dozen fit.
    private static string Label(GraphNode node) => SafeText.Clean(node.Label, 32);

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
