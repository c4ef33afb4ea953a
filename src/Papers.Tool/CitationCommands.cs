using System.CommandLine;
using Papers.Citations;

namespace Papers.Tool;

/// <summary><c>papers cite</c> and <c>papers bib</c>: formatted references and bibliography files.</summary>
internal static class CitationCommands
{
    private static readonly Dictionary<string, CitationStyle> Styles = new(StringComparer.Ordinal)
    {
        ["apa"] = CitationStyle.Apa,
        ["mla"] = CitationStyle.Mla,
        ["chicago"] = CitationStyle.ChicagoAuthorDate,
        ["ieee"] = CitationStyle.Ieee,
        ["harvard"] = CitationStyle.Harvard,
        ["vancouver"] = CitationStyle.Vancouver,
    };

    private static readonly Dictionary<string, CitationFormat> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = CitationFormat.Text,
        ["md"] = CitationFormat.Markdown,
        ["html"] = CitationFormat.Html,
    };

    private static readonly Dictionary<string, ExportFormat> Exports = new(StringComparer.Ordinal)
    {
        ["bibtex"] = ExportFormat.BibTeX,
        ["biblatex"] = ExportFormat.BibLaTeX,
        ["ris"] = ExportFormat.Ris,
        ["csljson"] = ExportFormat.CslJson,
    };

    public static Command Cite(Context context)
    {
        var query = Query();
        var style = new Option<string>("--style", "-s") { Description = "apa, mla, chicago, ieee, harvard or vancouver.", DefaultValueFactory = _ => "apa" };
        style.AcceptOnlyFromAmong(Styles.Keys.ToArray());
        var format = new Option<string>("--format", "-f") { Description = "text, md or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats.Keys.ToArray());
        var command = new Command("cite", "The reference list of the papers a query matches, sorted and numbered as the style requires.\n\nExamples:\n  papers cite \"topic:multimodal\" --style ieee\n  papers -i digests/ --sidecar refs.bib cite --style apa --format html") { query, style, format };
        command.SetAction(parsed => Cli.Guard(context.Error, () =>
        {
            var papers = Select(context, parsed, query);
            var bibliography = new Bibliography(papers, Styles[parsed.GetValue(style)!]);
            CitationFormat markup = Formats[parsed.GetValue(format)!];
            if (parsed.GetValue(context.Json))
            {
                Output.WriteJson(context.Out, bibliography.Entries.Select(e => new { e.Paper.Id, e.Number, Text = e.Format(markup), InText = e.InText(markup) }));
            }
            else
            {
                context.Out.Write(bibliography.ToString(markup));
            }

            return Cli.Ok;
        }));
        return command;
    }

    public static Command Bib(Context context)
    {
        var query = Query();
        var format = new Option<string>("--format", "-f") { Description = "bibtex, biblatex, ris or csljson.", DefaultValueFactory = _ => "bibtex" };
        format.AcceptOnlyFromAmong(Exports.Keys.ToArray());
        var output = new Option<string>("--out", "-o") { Description = "Write to this file instead of stdout." };
        var command = new Command("bib", "A bibliography file of the papers a query matches.\n\nExamples:\n  papers bib \"has:code\" --format biblatex --out papers.bib\n  papers -i digests/ bib --format csljson") { query, format, output };
        command.SetAction(parsed => Cli.Guard(context.Error, () =>
        {
            var papers = Select(context, parsed, query);
            string text = papers.Export(Exports[parsed.GetValue(format)!]);
            context.WriteDocument(text, parsed.GetValue(output), $"{papers.Count} entries");
            return Cli.Ok;
        }));
        return command;
    }

    private static Argument<string> Query() =>
        new("query") { Description = "Only papers matching this query (the query language); all papers when left out.", Arity = ArgumentArity.ZeroOrOne };

    // A reference list of nothing is a mistake worth saying; an export of nothing is not (see ExportCommand).
    private static List<Paper> Select(Context context, ParseResult parsed, Argument<string> query)
    {
        var list = context.Select(parsed, query);
        return list.Count > 0 ? list : throw new UsageException("no paper matches the query");
    }
}
