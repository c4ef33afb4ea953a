using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Papers.Graphs.Export;

/// <summary>
/// Writes a <see cref="PaperGraph"/> as DOT (Graphviz), Mermaid, GraphML, Cytoscape.js JSON, SVG or a
/// self-contained HTML page. Every label is escaped for its format; communities and PageRank travel along.
/// </summary>
public static class GraphExport
{
    /// <summary>Mermaid's default limits: at most 500 edges and 50,000 characters of text.</summary>
    public const int MermaidMaxEdges = 500;

    /// <inheritdoc cref="MermaidMaxEdges"/>
    public const int MermaidMaxChars = 50_000;

    /// <summary>Pictures (SVG, HTML) show at most this many nodes (the top by PageRank), and say so.</summary>
    public const int PictureMaxNodes = 300;

    /// <summary>A standalone SVG document: force-directed layout, communities coloured, central nodes labelled.</summary>
    public static string ToSvg(this PaperGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return GraphPicture.ToSvg(graph);
    }

    /// <summary>
    /// A standalone HTML page: the SVG plus search, hover highlighting and a details panel, with no external
    /// scripts, styles or fonts.
    /// </summary>
    public static string ToHtml(this PaperGraph graph, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return GraphPicture.ToHtml(graph, title);
    }

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Graphviz DOT: an undirected graph, nodes coloured by community.</summary>
    public static string ToDot(this PaperGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        GraphAnalysis analysis = graph.Analysis;
        var dot = new StringBuilder();
        dot.Append("graph ").Append(DotString(graph.Name)).Append(" {\n");
        if (graph.Excerpt is string excerpt)
        {
            dot.Append("  label=").Append(DotString(excerpt)).Append(";\n");
        }

        dot.Append("  node [style=filled, fontname=\"Helvetica\"];\n");
        for (int i = 0; i < graph.Nodes.Count; i++)
        {
            GraphNode node = graph.Nodes[i];
            dot.Append("  ").Append(DotString(node.Id))
                .Append(" [label=").Append(DotString(SafeText.Clean(node.Label, 60)))
                .Append(", tooltip=").Append(DotString(SafeText.Clean(node.Paper?.Title ?? node.Label)))
                .Append(", shape=").Append(node.Kind == NodeKind.Topic ? "box" : "ellipse")
                .Append(", fillcolor=\"").Append(Palette.Color(analysis.Community[i])).Append('"')
                .Append(", community=").Append(analysis.Community[i].ToString(Invariant))
                .Append(", pagerank=\"").Append(analysis.PageRank[i].ToString("0.######", Invariant)).Append("\"];\n");
        }

        foreach (GraphEdge edge in graph.Edges)
        {
            dot.Append("  ").Append(DotString(graph.Nodes[edge.Source].Id)).Append(" -- ").Append(DotString(graph.Nodes[edge.Target].Id))
                .Append(" [weight=").Append(edge.Weight.ToString("0.####", Invariant)).Append("];\n");
        }

        return dot.Append("}\n").ToString();
    }

    /// <summary>
    /// A Mermaid flowchart with safe node ids and quoted labels. Larger graphs are cut to their top nodes (by
    /// PageRank) so the text stays within Mermaid's default limits, and a comment says so.
    /// </summary>
    public static string ToMermaid(this PaperGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        for (int nodes = graph.Nodes.Count; ; nodes = Math.Max(1, nodes * 3 / 4))
        {
            PaperGraph shown = graph.Top(nodes, MermaidMaxEdges);
            string text = Mermaid(shown);
            if (text.Length <= MermaidMaxChars || nodes == 1)
            {
                return text;
            }
        }
    }

    /// <summary>GraphML with typed attributes: label, kind, title, community, pagerank; edge weight.</summary>
    public static string ToGraphMl(this PaperGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        GraphAnalysis analysis = graph.Analysis;
        using var output = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using (XmlWriter xml = XmlWriter.Create(output, settings))
        {
            const string ns = "http://graphml.graphdrawing.org/xmlns";
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", ns);
            Key(xml, ns, "label", "node", "string");
            Key(xml, ns, "kind", "node", "string");
            Key(xml, ns, "title", "node", "string");
            Key(xml, ns, "community", "node", "int");
            Key(xml, ns, "pagerank", "node", "double");
            Key(xml, ns, "weight", "edge", "double");
            xml.WriteStartElement("graph", ns);
            xml.WriteAttributeString("id", SafeText.Clean(graph.Name, int.MaxValue));
            xml.WriteAttributeString("edgedefault", "undirected");
            for (int i = 0; i < graph.Nodes.Count; i++)
            {
                GraphNode node = graph.Nodes[i];
                xml.WriteStartElement("node", ns);
                xml.WriteAttributeString("id", "n" + i.ToString(Invariant));
                Data(xml, ns, "label", SafeText.Clean(node.Label, int.MaxValue));
                Data(xml, ns, "kind", node.Kind == NodeKind.Topic ? "topic" : "paper");
                Data(xml, ns, "title", SafeText.Clean(node.Paper?.Title ?? node.Label, int.MaxValue));
                Data(xml, ns, "community", analysis.Community[i].ToString(Invariant));
                Data(xml, ns, "pagerank", analysis.PageRank[i].ToString("R", Invariant));
                xml.WriteEndElement();
            }

            for (int e = 0; e < graph.Edges.Count; e++)
            {
                GraphEdge edge = graph.Edges[e];
                xml.WriteStartElement("edge", ns);
                xml.WriteAttributeString("id", "e" + e.ToString(Invariant));
                xml.WriteAttributeString("source", "n" + edge.Source.ToString(Invariant));
                xml.WriteAttributeString("target", "n" + edge.Target.ToString(Invariant));
                Data(xml, ns, "weight", edge.Weight.ToString("R", Invariant));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Cytoscape.js elements JSON; node data carries id, label, title, kind, community and pagerank.</summary>
    public static string ToCytoscapeJson(this PaperGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        GraphAnalysis analysis = graph.Analysis;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("name", SafeText.Clean(graph.Name, int.MaxValue));
            if (graph.Excerpt is string excerpt)
            {
                json.WriteString("excerpt", excerpt);
            }

            json.WriteNumber("modularity", Math.Round(analysis.Modularity, 6));
            json.WriteStartObject("elements");
            json.WriteStartArray("nodes");
            for (int i = 0; i < graph.Nodes.Count; i++)
            {
                GraphNode node = graph.Nodes[i];
                json.WriteStartObject();
                json.WriteStartObject("data");
                json.WriteString("id", SafeText.Clean(node.Id, int.MaxValue));
                json.WriteString("label", SafeText.Clean(node.Label, int.MaxValue));
                json.WriteString("title", SafeText.Clean(node.Paper?.Title ?? node.Label, int.MaxValue));
                json.WriteString("kind", node.Kind == NodeKind.Topic ? "topic" : "paper");
                json.WriteNumber("community", analysis.Community[i]);
                json.WriteString("communityLabel", SafeText.Clean(analysis.Communities[analysis.Community[i]].Label, int.MaxValue));
                json.WriteNumber("pagerank", Math.Round(analysis.PageRank[i], 8));
                if (node.Paper is Paper paper)
                {
                    json.WriteStartArray("topics");
                    foreach (string topic in paper.Topics)
                    {
                        json.WriteStringValue(topic);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("edges");
            for (int e = 0; e < graph.Edges.Count; e++)
            {
                GraphEdge edge = graph.Edges[e];
                json.WriteStartObject();
                json.WriteStartObject("data");
                json.WriteString("id", "e" + e.ToString(Invariant));
                json.WriteString("source", SafeText.Clean(graph.Nodes[edge.Source].Id, int.MaxValue));
                json.WriteString("target", SafeText.Clean(graph.Nodes[edge.Target].Id, int.MaxValue));
                json.WriteNumber("weight", Math.Round(edge.Weight, 6));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Mermaid(PaperGraph graph)
    {
        GraphAnalysis analysis = graph.Analysis;
        var text = new StringBuilder("flowchart LR\n");
        if (graph.Excerpt is string excerpt)
        {
            text.Append("  %% ").Append(excerpt).Append('\n');
        }

        for (int i = 0; i < graph.Nodes.Count; i++)
        {
            GraphNode node = graph.Nodes[i];
            string label = MermaidLabel(SafeText.Clean(node.Label, 60));
            text.Append("  n").Append(i.ToString(Invariant)).Append(node.Kind == NodeKind.Topic ? "[[\"" : "(\"").Append(label).Append(node.Kind == NodeKind.Topic ? "\"]]" : "\")").Append('\n');
        }

        foreach (GraphEdge edge in graph.Edges)
        {
            text.Append("  n").Append(edge.Source.ToString(Invariant)).Append(" --- n").Append(edge.Target.ToString(Invariant)).Append('\n');
        }

        var byCommunity = Enumerable.Range(0, graph.Nodes.Count).GroupBy(i => analysis.Community[i]).OrderBy(g => g.Key);
        foreach (var group in byCommunity)
        {
            text.Append("  classDef c").Append(group.Key.ToString(Invariant)).Append(" fill:").Append(Palette.Color(group.Key)).Append('\n');
            text.Append("  class ").Append(string.Join(",", group.Select(i => "n" + i.ToString(Invariant)))).Append(" c").Append(group.Key.ToString(Invariant)).Append('\n');
        }

        return text.ToString();
    }

    // Inside Mermaid's quoted labels, entity codes are the escape: #quot; #lt; #gt; #amp; #35; for '#'.
    private static string MermaidLabel(string text)
    {
        var label = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            label.Append(c switch
            {
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '&' => "#amp;",
                '#' => "#35;",
                '`' => "#96;",
                '|' => "#124;",
                _ => c.ToString(),
            });
        }

        return label.ToString();
    }

    private static string DotString(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (char c in SafeText.Clean(text, int.MaxValue))
        {
            if (c == '"' || c == '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.Append('"').ToString();
    }

    private static void Key(XmlWriter xml, string ns, string name, string target, string type)
    {
        xml.WriteStartElement("key", ns);
        xml.WriteAttributeString("id", name);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string ns, string key, string value)
    {
        xml.WriteStartElement("data", ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
