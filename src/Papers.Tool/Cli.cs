using System.CommandLine;
using Papers.Linq;
using Papers.Query;

namespace Papers.Tool;

/// <summary>The command tree. Every action reports problems as one line on stderr and an exit code, never a stack trace.</summary>
internal static class Cli
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int Usage = 2;
    public const int InternalError = 3;

    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where text output goes.</param>
    /// <param name="stderr">Where messages go.</param>
    /// <param name="openStdout">Opens stdout for bytes (<c>papers export</c> without <c>--out</c>); the process's own by default.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream>? openStdout = null)
    {
        var input = new Option<string[]>("--input", "-i")
        {
            Description = "A digest file, a folder of digests, or a glob (digests/*.txt); repeatable. Default: the bundled seed digest.",
            Recursive = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a table.", Recursive = true };
        var sidecar = new Option<string>("--sidecar") { Description = "A .bib or CSL-JSON file with metadata the digests lack (authors, arXiv ids, DOIs, dates), matched by arXiv id or title.", Recursive = true };

        var root = new RootCommand("papers — read, query, draw and lint paper digests.\n\nExamples:\n  papers list\n  papers -i digests/ search \"topic:multimodal has:code\"\n  papers lint digests/*.txt")
        {
            Options = { input, json, sidecar },
        };

        var context = new Context(input, json, sidecar, stdout, stderr, openStdout ?? Console.OpenStandardOutput);
        root.Subcommands.Add(Commands.List(context));
        root.Subcommands.Add(Commands.Show(context));
        root.Subcommands.Add(Commands.Search(context));
        root.Subcommands.Add(Commands.Stats(context));
        root.Subcommands.Add(Commands.Graph(context));
        root.Subcommands.Add(CitationCommands.Cite(context));
        root.Subcommands.Add(CitationCommands.Bib(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(EnrichCommand.Create(context));
        root.Subcommands.Add(Commands.Lint(context));

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine("papers: " + error.Message);
            }

            stderr.WriteLine("Try 'papers --help'.");
            return Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // A bug of ours, not the user's input: one line that says so, an exit code of its own, no stack trace.
            stderr.WriteLine($"papers: internal error ({e.GetType().Name}: {e.Message}); please report it.");
            return InternalError;
        }
    }

    /// <summary>Runs an action, turning expected failures into one line and an exit code.</summary>
    public static int Guard(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UsageException e)
        {
            stderr.WriteLine("papers: " + e.Message);
            return Usage;
        }
        catch (QueryParseException e)
        {
            stderr.WriteLine("papers: query: " + e.Message);
            return Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine("papers: " + e.Message);
            return Usage;
        }
    }
}

/// <summary>What every command shares: the global options and the writers.</summary>
internal sealed record Context(Option<string[]> Input, Option<bool> Json, Option<string> Sidecar, TextWriter Out, TextWriter Error, Func<Stream> OpenStdout)
{
    /// <summary>The loaded papers, only those the command's query matches when it has one (possibly none).</summary>
    public List<Paper> Select(ParseResult parsed, Argument<string> query)
    {
        IEnumerable<Paper> papers = Load(parsed).Papers;
        return (parsed.GetValue(query) is string q && q.Length > 0 ? papers.Matching(q) : papers).ToList();
    }

    public DigestLoadResult Load(ParseResult parsed, bool reportProblems = true)
    {
        DigestLoadResult result = Inputs.Load(parsed.GetValue(Input) ?? [], parsed.GetValue(Sidecar), Progress.For(Error));
        if (reportProblems)
        {
            foreach (DigestDiagnostic problem in result.Diagnostics.Where(d => d.Severity == DigestSeverity.Error || d.Id == "PAPER017"))
            {
                Error.WriteLine(problem);
            }
        }

        // Input the build would refuse (a digest that is not UTF-8, an unreadable sidecar, a malformed block) is
        // an input error here too: exit 2, and no output made from half the input.
        int errors = result.Diagnostics.Count(d => d.Severity == DigestSeverity.Error);
        if (errors > 0)
        {
            throw new UsageException($"{errors} error(s) in the input (listed above; 'papers lint' shows every problem); nothing was written.");
        }

        return result;
    }

    /// <summary>Writes a command's document to <paramref name="file"/> (saying what was written) or to stdout.</summary>
    public void WriteDocument(string text, string? file, string what)
    {
        if (file is null)
        {
            Out.Write(text);
            return;
        }

        AtomicFile.Write(file, stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(text)));
        Error.WriteLine($"papers: wrote {what} to {file}");
    }
}
