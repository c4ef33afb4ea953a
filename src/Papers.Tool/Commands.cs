using System.CommandLine;
using Papers.Graphs;
using Papers.Graphs.Export;
using Papers.Linq;

namespace Papers.Tool;

/// <summary>One factory per command.</summary>
internal static class Commands
{
    public static Command List(Context context)
    {
        var command = new Command("list", "List the papers: id, short name, date, topics, code.\n\nExample: papers -i digests/ list --json");
        command.SetAction(parsed => Cli.Guard(context.Error, () =>
        {
            var papers = context.Load(parsed).Papers;
            if (parsed.GetValue(context.Json))
            {
                Output.WriteJson(context.Out, papers.Select(Output.Model));
            }
            else
            {
                Output.WriteTable(context.Out, ["ID", "NAME", "DATE", "TOPICS", "CODE"],
                    papers.Select(p => (IReadOnlyList<string>)[p.Id, p.ShortName, p.Date?.ToString() ?? "", string.Join(",", p.Topics), p.CodeUrl ?? ""]));
            }

            return Cli.Ok;
        }));
        return command;
    }

    public static Command Show(Context context)
    {
        var which = new Argument<string>("paper") { Description = "The paper's id, short name or member name (EViLM)." };
        var command = new Command("show", "Show one paper in full.\n\nExample: papers show E-ViLM") { which };
        command.SetAction(parsed => Cli.Guard(context.Error, () =>
        {
            string key = parsed.GetValue(which)!;
            var papers = context.Load(parsed).Papers;
            Paper paper = papers.FirstOrDefault(p => string.Equals(p.Id, key, StringComparison.OrdinalIgnoreCase))
                ?? papers.FirstOrDefault(p => string.Equals(p.ShortName, key, StringComparison.OrdinalIgnoreCase))
                ?? papers.FirstOrDefault(p => string.Equals(Naming.MemberName.FromTitle(p.Title), key, StringComparison.Ordinal))
                ?? throw new UsageException($"no paper with id or name '{key}'");
            if (parsed.GetValue(context.Json))
            {
                Output.WriteJson(context.Out, Output.Model(paper));
                return Cli.Ok;
            }

            TextWriter o = context.Out;
            o.WriteLine(paper.Title);
            o.WriteLine($"  id:       {paper.Id}");
            o.WriteLine($"  date:     {paper.Date?.ToString() ?? "(none)"}");
            o.WriteLine($"  source:   {paper.Source}");
            o.WriteLine($"  topics:   {string.Join(", ", paper.Topics)}");
            o.WriteLine($"  phrases:  {string.Join("; ", paper.Keyphrases)}");
            foreach (PaperLink link in paper.Links)
            {
                o.WriteLine($"  link:     {link.Url} ({link.Kind})");
            }

            o.WriteLine();
            o.WriteLine(paper.Abstract);
            return Cli.Ok;
        }));
        return command;
    }

    public static Command Search(Context context)
    {
        var query = new Argument<string>("query") { Description = "A query: words, \"phrases\", -negation, OR, (), title: abstract: topic: has: link: date: id:" };
        var top = new Option<int>("--top") { Description = "How many hits.", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Ranked search (BM25).\n\nExample: papers search \"mixture of experts -survey\" --top 5") { query, top };
        command.SetAction(parsed => Cli.Guard(context.Error, () =>
        {
            var hits = context.Load(parsed).Papers.Search(parsed.GetValue(query)!).Take(Math.Max(1, parsed.GetValue(top))).ToList();
            if (parsed.GetValue(context.Json))
            {
                Output.WriteJson(context.Out, hits.Select(h => new { h.Score, h.MatchedTerms, Paper = Output.Model(h.Paper) }));
            }
            else
            {
                Output.WriteTable(context.Out, ["SCORE", "ID", "TITLE"],
                    hits.Select(h => (IReadOnlyList<string>)[h.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), h.Paper.Id, h.Paper.Title]));
            }

            return Cli.Ok;
        }));
        return command;
    }

    public static Command Stats(Context context)
    {
        var command = new Command("stats", "Counts: papers, digests, dates, links by kind, topics.\n\nExample: papers -i digests/ stats --json");
        command.SetAction(parsed => Cli.Guard(context.Error, () =>
        {
            DigestLoadResult result = context.Load(parsed);
            var stats = new
            {
                Papers = result.Papers.Count,
                Digests = result.Digests.Count,
                Dates = result.Digests.SelectMany(d => d.Dates).Distinct().Count(),
                WithCode = result.Papers.Count(p => p.CodeUrl != null),
                Links = result.Papers.SelectMany(p => p.Links).GroupBy(l => l.Kind.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
                Topics = result.Papers.SelectMany(p => p.Topics).GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
                Problems = result.Diagnostics.Count,
            };
            if (parsed.GetValue(context.Json))
            {
                Output.WriteJson(context.Out, stats);
                return Cli.Ok;
            }

            TextWriter o = context.Out;
            o.WriteLine($"papers    {stats.Papers}");
            o.WriteLine($"digests   {stats.Digests}");
            o.WriteLine($"dates     {stats.Dates}");
            o.WriteLine($"with code {stats.WithCode}");
            o.WriteLine($"links     {string.Join(", ", stats.Links.Select(l => $"{l.Key} {l.Value}"))}");
            o.WriteLine($"problems  {stats.Problems}");
            Output.WriteTable(o, ["TOPIC", "PAPERS"], stats.Topics.Select(t => (IReadOnlyList<string>)[t.Key, t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
            return Cli.Ok;
        }));
        return command;
    }

    public static Command Graph(Context context)
    {
        var query = new Argument<string>("query") { Description = "Only papers matching this query.", Arity = ArgumentArity.ZeroOrOne };
        var kind = new Option<string>("--kind") { Description = "topics or similarity.", DefaultValueFactory = _ => "similarity" };
        kind.AcceptOnlyFromAmong("topics", "similarity");
        var format = new Option<string>("--format") { Description = "dot, mermaid, graphml, cytoscape, svg or html.", DefaultValueFactory = _ => "dot" };
        format.AcceptOnlyFromAmong("dot", "mermaid", "graphml", "cytoscape", "svg", "html");
        var output = new Option<string>("--out", "-o") { Description = "Write to this file instead of stdout." };
        var command = new Command("graph", "Draw the topic or similarity graph.\n\nExample: papers graph \"topic:multimodal\" --kind similarity --format html --out graph.html") { query, kind, format, output };
        command.SetAction(parsed => Cli.Guard(context.Error, () =>
        {
            List<Paper> papers = context.Select(parsed, query);
            PaperGraph graph = parsed.GetValue(kind) == "topics" ? papers.TopicGraph() : papers.SimilarityGraph();
            string text = parsed.GetValue(format) switch
            {
                "mermaid" => graph.ToMermaid(),
                "graphml" => graph.ToGraphMl(),
                "cytoscape" => graph.ToCytoscapeJson(),
                "svg" => graph.ToSvg(),
                "html" => graph.ToHtml(),
                _ => graph.ToDot(),
            };
            context.WriteDocument(text, parsed.GetValue(output), $"{graph.Nodes.Count} nodes and {graph.Edges.Count} edges");
            return Cli.Ok;
        }));
        return command;
    }

    public static Command Lint(Context context)
    {
        var files = new Argument<string[]>("files") { Description = "Digest files, folders or globs.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("lint", "Check digests as the generator would; prints compiler-style diagnostics, exit code 1 when there are any.\n\nExample: papers lint digests/*.txt") { files };
        command.SetAction(parsed => Cli.Guard(context.Error, () =>
        {
            var paths = parsed.GetValue(files)!.SelectMany(Inputs.Expand).ToList();
            string? sidecar = parsed.GetValue(context.Sidecar);
            Inputs.CheckSidecar(sidecar);
            DigestLoadResult result = DigestLoader.Load(paths, new DigestLoadOptions { Sidecar = sidecar });
            foreach (DigestDiagnostic problem in result.Diagnostics)
            {
                context.Out.WriteLine(problem);
            }

            context.Error.WriteLine($"papers: {paths.Count} digest(s), {result.Papers.Count} papers, {result.Diagnostics.Count} problem(s)");
            return result.Diagnostics.Count > 0 ? Cli.Findings : Cli.Ok;
        }));
        return command;
    }
}
