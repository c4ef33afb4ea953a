using System.CommandLine;
using Papers.Export;
using Papers.Parquet;

namespace Papers.Tool;

/// <summary><c>papers export</c>: one row per paper, for DuckDB, Spark, pandas or a spreadsheet.</summary>
internal static class ExportCommand
{
    private static readonly Dictionary<string, string> FormatsByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jsonl"] = "jsonl",
        [".ndjson"] = "jsonl",
        [".csv"] = "csv",
        [".parquet"] = "parquet",
    };

    public static Command Create(Context context)
    {
        var query = new Argument<string>("query") { Description = "Only papers matching this query; all papers when left out.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format", "-f") { Description = "jsonl, csv or parquet; by default from the --out file's extension (.jsonl/.ndjson, .csv, .parquet)." };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet");
        var output = new Option<string>("--out", "-o") { Description = "The file to write (replaced whole, only once complete); stdout when left out (not for parquet)." };
        var command = new Command("export", "One row per paper (the columns of docs/export.md), for DuckDB, Spark, pandas or a spreadsheet.\n\nExamples:\n  papers -i digests/ export --out papers.parquet\n  papers export \"has:code\" --format jsonl > papers.jsonl") { query, format, output };
        command.SetAction(parsed => Cli.Guard(context.Error, () =>
        {
            string? file = parsed.GetValue(output);
            if (file is not null)
            {
                AtomicFile.CheckWritable(file);
            }

            string kind = parsed.GetValue(format) ?? FormatOf(file);
            if (kind == "parquet" && file is null)
            {
                throw new UsageException("parquet is a binary file: name it with --out");
            }

            // An empty export is a valid file (a header, or no rows): unlike cite and bib, no match is no error.
            List<Paper> selected = context.Select(parsed, query);
            Action<Stream> write = kind switch
            {
                "csv" => stream => PaperExport.WriteCsv(selected, stream),
                "parquet" => stream => ParquetExport.WriteAsync(selected, stream).GetAwaiter().GetResult(),
                _ => stream => PaperExport.WriteJsonLines(selected, stream),
            };

            if (file is null)
            {
                context.Out.Flush();
                using Stream stdout = context.OpenStdout();
                write(stdout);
            }
            else
            {
                AtomicFile.Write(file, write);
                context.Error.WriteLine($"papers: wrote {selected.Count} papers to {file} ({kind})");
            }

            return Cli.Ok;
        }));
        return command;
    }

    private static string FormatOf(string? file)
    {
        if (file is null)
        {
            return "jsonl";
        }

        return FormatsByExtension.TryGetValue(Path.GetExtension(file), out string? kind)
            ? kind
            : throw new UsageException($"cannot tell the format from '{Path.GetFileName(file)}': use --format jsonl, csv or parquet");
    }
}
