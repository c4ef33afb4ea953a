using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Papers.Tool.Enrich;

/// <summary>
/// The arXiv API (Atom): known ids in batches with <c>id_list=</c>, other papers by an exact-phrase title search
/// (<c>search_query=ti:"…"</c>). One request at a time, at least <see cref="ArxivApiOptions.Delay"/> apart, with a
/// User-Agent that names the tool; 503's Retry-After honoured; bounded retries with growing waits; every answer
/// cached, so a rerun sends nothing it sent before.
/// </summary>
internal sealed class ArxivApiSource(HttpClient http, ArxivApiOptions options, IProgress<(long Done, long Total)>? progress = null) : IArxivSource
{
    /// <summary>Ids per request: arXiv answers id lists in one page of this size.</summary>
    public const int BatchSize = 50;

    private const int TitleResults = 10;

    private static readonly string UserAgent = "Papers.Tool/" + (typeof(ArxivApiSource).Assembly.GetName().Version?.ToString(3) ?? "0") + " (papers enrich; +https://www.nuget.org/packages/Papers.Tool)";

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _lastRequest;

    public string Name => "arXiv API";

    /// <summary>Requests that --offline could not answer from the cache.</summary>
    public int NotCached { get; private set; }

    public async Task<IReadOnlyList<SourceAnswer>> FindAsync(IReadOnlyList<EnrichQuery> queries, CancellationToken cancellation)
    {
        var byId = new ArxivRecord?[queries.Count];
        var ids = queries.Select((q, i) => (q.ArxivId, i)).Where(x => x.ArxivId is not null).ToList();
        long done = 0;
        foreach (var batch in ids.Chunk(BatchSize))
        {
            var wanted = batch.Select(b => b.ArxivId!).Distinct(StringComparer.Ordinal).ToList();
            var found = new Dictionary<string, ArxivRecord>(StringComparer.Ordinal);
            for (int start = 0; ;)
            {
                AtomFeed? page = await AskAsync($"id_list={string.Join(',', wanted)}&start={start}&max_results={BatchSize}", cancellation).ConfigureAwait(false);
                if (page is null)
                {
                    break;
                }

                foreach (ArxivRecord record in page.Records)
                {
                    found.TryAdd(record.Id, record);
                }

                start += page.Records.Count;
                if (page.Records.Count == 0 || page.TotalResults <= start)
                {
                    break;
                }
            }

            foreach (var (id, q) in batch)
            {
                byId[q] = found.GetValueOrDefault(id!);
            }

            done += batch.Count(b => byId[b.i] is not null);
            progress?.Report((done, queries.Count));
        }

        var answers = new SourceAnswer[queries.Count];
        for (int q = 0; q < queries.Count; q++)
        {
            if (byId[q] is ArxivRecord record)
            {
                answers[q] = new SourceAnswer(record, Array.Empty<Candidate>());
                continue;
            }

            progress?.Report((++done, queries.Count));
            answers[q] = SourceAnswer.None;
            if (queries[q].Words.Length == 0)
            {
                continue;
            }

            string phrase = "ti:\"" + string.Join(' ', queries[q].Words) + "\"";
            AtomFeed? feed = await AskAsync($"search_query={Uri.EscapeDataString(phrase)}&start=0&max_results={TitleResults}", cancellation).ConfigureAwait(false);
            if (feed is not null)
            {
                string key = queries[q].Key;
                answers[q] = new SourceAnswer(null, feed.Records.Select(r => new Candidate(r, TitleText.Similarity(key, TitleText.Key(r.Title), TitleMatcher.Floor))).ToArray());
            }
        }

        return answers;
    }

    // One answer, from the cache or from arXiv; null when offline and not cached.
    private async Task<AtomFeed?> AskAsync(string query, CancellationToken cancellation)
    {
        if (options.Cache.TryGet(query, out string cached))
        {
            return AtomFeed.Parse(cached);
        }

        if (options.Offline)
        {
            NotCached++;
            return null;
        }

        var url = new Uri(options.BaseUrl + "?" + query);
        for (int attempt = 0; ; attempt++)
        {
            await WaitTurnAsync(null, cancellation).ConfigureAwait(false);
            TimeSpan? retryAfter = null;
            string failure;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                timeout.CancelAfter(options.Timeout);
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
                _lastRequest = _clock.Elapsed;
                using HttpResponseMessage response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    string text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                    AtomFeed feed;
                    try
                    {
                        feed = AtomFeed.Parse(text);
                    }
                    catch (FormatException e)
                    {
                        throw new SourceException($"the arXiv API at {options.BaseUrl} answered with something that is not an Atom feed ({e.Message}); the answers cached so far are kept in {options.Cache.Folder}");
                    }

                    options.Cache.Put(query, text);
                    return feed;
                }

                int status = (int)response.StatusCode;
                retryAfter = response.Headers.RetryAfter?.Delta
                    ?? (response.Headers.RetryAfter?.Date is DateTimeOffset at ? at - DateTimeOffset.UtcNow : null);
                failure = $"answered {status} {response.ReasonPhrase}";
                if (status < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    throw new SourceException($"the arXiv API at {options.BaseUrl} {failure}; the answers cached so far are kept in {options.Cache.Folder}");
                }
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                failure = $"did not answer within {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";
            }
            catch (HttpRequestException e)
            {
                failure = $"could not be reached ({e.Message})";
            }
            catch (IOException e)
            {
                // The connection dropped while the answer was read.
                failure = $"broke off its answer ({e.Message})";
            }

            if (attempt >= options.Retries)
            {
                throw new SourceException($"the arXiv API at {options.BaseUrl} {failure}, {attempt + 1} times; the answers cached so far are kept in {options.Cache.Folder}");
            }

            // Retry-After when the server says it; otherwise waits that double from the polite delay.
            TimeSpan wait = retryAfter is TimeSpan asked && asked > TimeSpan.Zero
                ? asked
                : TimeSpan.FromTicks(Math.Max(options.Delay.Ticks, TimeSpan.FromSeconds(1).Ticks) * (1L << Math.Min(attempt, 6)));
            await WaitTurnAsync(wait, cancellation).ConfigureAwait(false);
        }
    }

    // Keeps requests at least Delay apart (or the given wait after the last one); the send stamps the time.
    private async Task WaitTurnAsync(TimeSpan? wait, CancellationToken cancellation)
    {
        if (_lastRequest is TimeSpan last)
        {
            // A timer may fire a tick early: wait again until the time has really passed.
            TimeSpan at = last + (wait is TimeSpan w && w > options.Delay ? w : options.Delay);
            while (at - _clock.Elapsed is { Ticks: > 0 } due)
            {
                await Task.Delay(due < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : due, cancellation).ConfigureAwait(false);
            }
        }
    }
}
