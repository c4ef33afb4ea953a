using System.CommandLine;
using System.Globalization;
using Papers.Tool.Enrich;

namespace Papers.Tool;

/// <summary>
/// <c>papers enrich</c>: finds each paper's authors, year, arXiv id and DOI in the arXiv API or the arXiv metadata
/// snapshot and writes a sidecar the build reads. The only command that ever reads the network.
/// </summary>
internal static class EnrichCommand
{
    public static Command Create(Context context)
    {
        var output = new Option<string>("--out", "-o") { Description = "The sidecar to write: .bib (BibTeX) or .json (CSL-JSON).", Required = true };
        var snapshot = new Option<string>("--snapshot") { Description = "Look papers up in arXiv's metadata snapshot (arxiv-metadata-oai-snapshot.json, JSON lines) instead of the API: offline." };
        var api = new Option<string>("--arxiv-api") { Description = "The arXiv API query endpoint.", DefaultValueFactory = _ => ArxivApiOptions.ArxivEndpoint.ToString() };
        var delay = new Option<double>("--delay") { Description = "Seconds between two API requests (arXiv asks for at least 3).", DefaultValueFactory = _ => 3 };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one API request may take.", DefaultValueFactory = _ => 30 };
        var retries = new Option<int>("--retries") { Description = "How many times a failed request is retried.", DefaultValueFactory = _ => 3 };
        var cache = new Option<string>("--cache") { Description = "Where API answers are kept (default: the user's cache folder, papers/arxiv-api)." };
        var offline = new Option<bool>("--offline") { Description = "Answer from the cache alone; send no request." };
        var command = new Command("enrich", "Find each paper's authors, year, arXiv id and DOI (arXiv API or snapshot) and write a sidecar for the build.\n\nExamples:\n  papers enrich -i digests/ --out digests/refs.bib\n  papers enrich -i digests/ --snapshot arxiv-metadata-oai-snapshot.json --out refs.json")
        {
            output, snapshot, api, delay, timeout, retries, cache, offline,
        };
        command.SetAction(parsed => Cli.Guard(context.Error, () =>
        {
            string file = parsed.GetValue(output)!;
            if (!EnrichOutput.IsKnown(file))
            {
                throw new UsageException($"cannot tell the format from '{Path.GetFileName(file)}': name a .bib (BibTeX) or .json (CSL-JSON) file");
            }

            AtomicFile.CheckWritable(file);
            var queries = context.Load(parsed).Papers.Select(EnrichQuery.For).ToList();
            IArxivSource source;
            if (parsed.GetValue(snapshot) is string path)
            {
                if (!File.Exists(path))
                {
                    throw new UsageException($"cannot read the snapshot '{path}': {(Directory.Exists(path) ? "it is a folder; name the JSON-lines file" : "no such file")}");
                }

                source = new SnapshotSource(path, Progress.ForBytes(context.Error, "scanning snapshot"));
            }
            else
            {
                source = Api(parsed.GetValue(api)!, parsed.GetValue(delay), parsed.GetValue(timeout), parsed.GetValue(retries), parsed.GetValue(cache), parsed.GetValue(offline), Progress.ForPapers(context.Error, "asking arXiv"));
            }

            IReadOnlyList<SourceAnswer> answers;
            try
            {
                answers = source.FindAsync(queries, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (SourceException e)
            {
                throw new UsageException(e.Message);
            }

            var matches = queries.Select((q, i) => TitleMatcher.Decide(q, answers[i])).ToList();
            IReadOnlyList<long> skipped = (source as SnapshotSource)?.SkippedLines ?? [];

            EnrichOutput.Write(matches, source.Name, file);
            EnrichReport.WriteText(context.Error, matches, skipped);
            if (source is ArxivApiSource { NotCached: > 0 } asked)
            {
                context.Error.WriteLine($"  offline: {asked.NotCached} request(s) not in the cache were not sent");
            }

            if (parsed.GetValue(context.Json))
            {
                Output.WriteJson(context.Out, EnrichReport.Json(matches, skipped));
            }

            context.Error.WriteLine($"papers: wrote {matches.Count(m => m.Record is not null)} entries to {file}");
            return matches.All(m => m.Record is not null) ? Cli.Ok : Cli.Findings;
        }));
        return command;
    }

    private static ArxivApiSource Api(string url, double delay, double timeout, int retries, string? cache, bool offline, IProgress<(long Done, long Total)>? progress)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"--arxiv-api '{url}' is not an http(s) URL");
        }

        if (delay < 0 || timeout <= 0 || retries < 0 || double.IsNaN(delay) || double.IsNaN(timeout))
        {
            throw new UsageException("--delay must be ≥ 0 s, --timeout > 0 s and --retries ≥ 0");
        }

        // Each request has its own timeout (--timeout); the client's would cut a patient retry short.
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var options = new ArxivApiOptions(endpoint, TimeSpan.FromSeconds(delay), TimeSpan.FromSeconds(timeout), retries, new ResponseCache(cache ?? ResponseCache.DefaultFolder()), offline);
        return new ArxivApiSource(http, options, progress);
    }
}
