using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;

namespace Papers.Tool.Tests.Enrich;

/// <summary>
/// A loopback HTTP server that answers like the arXiv API's user manual says (Atom entries with arxiv:doi,
/// arxiv:journal_ref, arxiv:primary_category, authors, v2 ids, opensearch:totalResults) and misbehaves on demand.
/// It records every request it receives and when.
/// </summary>
internal sealed class FakeArxiv : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _loop;

    public FakeArxiv()
    {
        // A free port: bind, read it, release, then listen on it.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/api/query";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public string Url { get; }

    /// <summary>The papers it knows: id (with version), title, authors, doi, journal ref, category, published.</summary>
    public List<(string Id, string Title, string[] Authors, string? Doi, string? Journal, string Category, string Published)> Papers { get; } = new();

    /// <summary>What to do with the n-th request (0-based); anything not listed is answered normally.</summary>
    public ConcurrentDictionary<int, Misbehaviour> Plan { get; } = new();

    /// <summary>At most this many entries per page (to make the client page).</summary>
    public int PageSize { get; set; } = 1000;

    public ConcurrentQueue<(TimeSpan At, string Query, string? UserAgent)> Requests { get; } = new();

    public enum Misbehaviour
    {
        Unavailable503,
        MalformedXml,
        Slow,
        Drop,
        BadRequest400,
    }

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            int n = Requests.Count;
            Requests.Enqueue((_clock.Elapsed, context.Request.Url!.Query.TrimStart('?'), context.Request.UserAgent));
            _ = Task.Run(() => Answer(context, Plan.TryGetValue(n, out Misbehaviour m) ? m : null));
        }
    }

    private async Task Answer(HttpListenerContext context, Misbehaviour? misbehaviour)
    {
        HttpListenerResponse response = context.Response;
        try
        {
            switch (misbehaviour)
            {
                case Misbehaviour.Unavailable503:
                    response.StatusCode = 503;
                    response.AddHeader("Retry-After", "1");
                    response.Close();
                    return;
                case Misbehaviour.BadRequest400:
                    response.StatusCode = 400;
                    response.Close();
                    return;
                case Misbehaviour.Drop:
                    // Promise a long answer, send a little of it, and hang up.
                    response.ContentLength64 = 10_000;
                    await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><feed"));
                    await response.OutputStream.FlushAsync();
                    response.Abort();
                    return;
                case Misbehaviour.Slow:
                    await Task.Delay(TimeSpan.FromSeconds(3));
                    break;
            }

            string body = misbehaviour == Misbehaviour.MalformedXml ? "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>" : Feed(context.Request.Url!.Query);
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            response.ContentType = "application/atom+xml; charset=utf-8";
            await response.OutputStream.WriteAsync(bytes);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (a timeout test): nothing to answer.
        }
    }

    private string Feed(string query)
    {
        var args = HttpUtility.ParseQueryString(query);
        IEnumerable<(string Id, string Title, string[] Authors, string? Doi, string? Journal, string Category, string Published)> hits;
        if (args["id_list"] is string list)
        {
            var ids = list.Split(',');
            hits = Papers.Where(p => ids.Contains(p.Id.Split('v')[0]));
        }
        else
        {
            string phrase = (args["search_query"] ?? string.Empty).Replace("ti:", string.Empty, StringComparison.Ordinal).Trim('"').ToLowerInvariant();
            hits = Papers.Where(p => Normalize(p.Title).Contains(phrase, StringComparison.Ordinal));
        }

        int start = int.Parse(args["start"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        int max = Math.Min(PageSize, int.Parse(args["max_results"] ?? "10", System.Globalization.CultureInfo.InvariantCulture));
        var all = hits.ToList();
        var text = new StringBuilder();
        text.Append("""<?xml version="1.0" encoding="UTF-8"?>""").Append('\n');
        text.Append("""<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">""");
        text.Append("<title>arXiv Query</title><id>http://arxiv.org/api/x</id>");
        text.Append($"<opensearch:totalResults>{all.Count}</opensearch:totalResults><opensearch:startIndex>{start}</opensearch:startIndex><opensearch:itemsPerPage>{max}</opensearch:itemsPerPage>");
        foreach (var p in all.Skip(start).Take(max))
        {
            text.Append($"<entry><id>http://arxiv.org/abs/{p.Id}</id><updated>{p.Published}</updated><published>{p.Published}</published>");
            text.Append($"<title>{Escape(p.Title)}</title><summary>An abstract.</summary>");
            foreach (string author in p.Authors)
            {
                text.Append($"<author><name>{Escape(author)}</name></author>");
            }

            if (p.Doi is not null)
            {
                text.Append($"<arxiv:doi>{Escape(p.Doi)}</arxiv:doi>");
            }

            if (p.Journal is not null)
            {
                text.Append($"<arxiv:journal_ref>{Escape(p.Journal)}</arxiv:journal_ref>");
            }

            text.Append($"<arxiv:primary_category term=\"{p.Category}\" scheme=\"http://arxiv.org/schemas/atom\"/><category term=\"{p.Category}\"/></entry>");
        }

        return text.Append("</feed>").ToString();
    }

    private static string Normalize(string title) =>
        string.Join(' ', new string(title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);

    // Close alone: on Unix, Stop then Close removes the listener twice, and the second removal binds the port
    // again to look for it — "Address already in use" when another test has taken the port meanwhile.
    public void Dispose() => _listener.Close();
}
