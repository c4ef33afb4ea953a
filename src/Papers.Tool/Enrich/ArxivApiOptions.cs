namespace Papers.Tool.Enrich;

/// <summary>How the API source behaves: where it asks, how politely, and where it keeps the answers.</summary>
/// <param name="BaseUrl">The query endpoint (arXiv's own, or a mirror or a test server).</param>
/// <param name="Delay">The least time between two requests (arXiv asks for 3 s).</param>
/// <param name="Timeout">How long one request may take.</param>
/// <param name="Retries">How many times a failed request is tried again (503, 5xx, timeouts, dropped connections).</param>
/// <param name="Cache">Where answers are kept.</param>
/// <param name="Offline">Answer from the cache alone; never send a request.</param>
internal sealed record ArxivApiOptions(Uri BaseUrl, TimeSpan Delay, TimeSpan Timeout, int Retries, ResponseCache Cache, bool Offline)
{
    public static readonly Uri ArxivEndpoint = new("https://export.arxiv.org/api/query");
}
