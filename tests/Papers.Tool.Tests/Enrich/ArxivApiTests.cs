using System.Globalization;
using System.Web;

namespace Papers.Tool.Tests.Enrich;

/// <summary>
/// <c>papers enrich</c> against a loopback server that answers like the arXiv API: what it asks (batches, phrases,
/// spacing, User-Agent), what it writes, and each way the server can misbehave.
/// </summary>
public sealed class ArxivApiTests : IDisposable
{
    private const double Delay = 0.2;
    private readonly string _dir = Directory.CreateTempSubdirectory("papers-enrich-api-").FullName;
    private readonly FakeArxiv _arxiv = new();

    public ArxivApiTests()
    {
        for (int i = 1; i <= 120; i++)
        {
            string id = $"2403.{i:D5}";
            _arxiv.Papers.Add((id + "v2", $"Paper Number {Words(i)}", [$"Author{i} Family{i}", "Ana de la Cruz"], i % 2 == 0 ? $"10.1000/p{i}" : null, i == 1 ? "Phys. Rev. D 1, 2 (2024)" : null, "cs.CV", "2024-03-0" + ((i % 9) + 1) + "T10:00:00Z"));
        }

        _arxiv.Papers.Add(("2402.99999v1", "Learning Without Ids: A Study", ["Jane Q. Doe Jr."], null, null, "cs.LG", "2024-02-20T10:00:00Z"));
    }

    public void Dispose()
    {
        _arxiv.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private static string Words(int i) => string.Join(' ', i.ToString(CultureInfo.InvariantCulture).Select(d => "zero one two three four five six seven eight nine".Split(' ')[d - '0']));

    private string Digest(int withIds, params string[] withoutIds)
    {
        var text = new System.Text.StringBuilder("Digest\n\n2024-03-11\n\n");
        for (int i = 1; i <= withIds; i++)
        {
            text.Append($"Paper Number {Words(i)}\n\narXiv: 2403.{i:D5}\n\nAn abstract.\n\n");
        }

        foreach (string title in withoutIds)
        {
            text.Append(title).Append("\n\nAn abstract.\n\n");
        }

        string path = Path.Combine(_dir, "digest.txt");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private (int Code, string Stdout, string Stderr) Enrich(string digest, string output, params string[] more)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string[] args = ["-i", digest, "enrich", "--out", output, "--arxiv-api", _arxiv.Url, "--delay", Delay.ToString(CultureInfo.InvariantCulture), "--cache", Path.Combine(_dir, "cache"), .. more];
        int code = Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private List<string> Queries => _arxiv.Requests.Select(r => HttpUtility.UrlDecode(r.Query)).ToList();

    [Fact]
    public void Ids_go_in_batches_titles_as_a_phrase_one_request_at_a_time_and_named()
    {
        string bib = Path.Combine(_dir, "refs.bib");
        var (code, _, stderr) = Enrich(Digest(120, "Learning without ids: a study.", "Nothing Like This Exists"), bib);

        code.Should().Be(1, "one paper is not on arXiv: " + stderr);
        Queries.Should().HaveCount(5);
        Queries.Take(3).Select(q => HttpUtility.ParseQueryString(q)["id_list"]!.Split(',').Length).Should().Equal(50, 50, 20);
        Queries[3].Should().Contain("search_query=ti:\"learning without ids a study\"");
        Queries[4].Should().Contain("search_query=ti:\"nothing like this exists\"");
        _arxiv.Requests.Should().OnlyContain(r => r.UserAgent != null && r.UserAgent.StartsWith("Papers.Tool/", StringComparison.Ordinal) && r.UserAgent.Contains("papers enrich", StringComparison.Ordinal));

        stderr.Should().Contain("122 papers — 120 by id, 1 by exact title, 0 by similar title, 0 ambiguous, 1 unmatched");
        stderr.Should().Contain("unmatched: ").And.Contain("Nothing Like This Exists");
        string text = File.ReadAllText(bib);
        text.Should().Contain("author = {Family1, Author1 and de la Cruz, Ana}");
        text.Should().Contain("journal = {Phys. Rev. D 1, 2 (2024)}").And.Contain("primaryClass = {cs.CV}").And.Contain("note = {papers enrich: arXiv API, id}");
        text.Should().Contain("eprint = {2403.00002}").And.Contain("doi = {10.1000/p2}");
        text.Should().Contain("title = {Learning without ids: a study.}").And.Contain("author = {Doe, Jr., Jane Q.}").And.Contain("note = {papers enrich: arXiv API, title-exact}");
        text.Split("\n@").Should().HaveCount(121);
    }

    [Fact]
    public async Task Requests_leave_at_least_the_delay_apart()
    {
        // Timed where they leave the client: the server's clock would add its own scheduling to the gaps.
        var sent = new RecordingHandler();
        var options = new Papers.Tool.Enrich.ArxivApiOptions(new Uri(_arxiv.Url), TimeSpan.FromSeconds(Delay), TimeSpan.FromSeconds(30), 0, new Papers.Tool.Enrich.ResponseCache(Path.Combine(_dir, "cache")), false);
        var source = new Papers.Tool.Enrich.ArxivApiSource(new HttpClient(sent), options);
        var queries = DigestLoader.Load(Digest(101, "Learning Without Ids: A Study", "Nothing Like This")).Papers.Select(Papers.Tool.Enrich.EnrichQuery.For).ToList();

        await source.FindAsync(queries, CancellationToken.None);

        sent.Times.Should().HaveCount(5);
        sent.Times.Zip(sent.Times.Skip(1), (a, b) => (b - a).TotalSeconds).Should().OnlyContain(gap => gap >= Delay - 0.005, "requests are spaced by --delay (timed where they leave, give or take the scheduler)");
    }

    private sealed class RecordingHandler() : DelegatingHandler(new HttpClientHandler())
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        public List<TimeSpan> Times { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Times.Add(_clock.Elapsed);
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public void A_rerun_asks_nothing_and_offline_answers_only_from_the_cache()
    {
        string digest = Digest(3, "Learning Without Ids: A Study");
        Enrich(digest, Path.Combine(_dir, "a.json")).Code.Should().Be(0);
        int asked = _arxiv.Requests.Count;
        asked.Should().Be(2);

        var (code, _, stderr) = Enrich(digest, Path.Combine(_dir, "b.json"));
        code.Should().Be(0, stderr);
        _arxiv.Requests.Should().HaveCount(asked, "every answer came from the cache");
        File.ReadAllText(Path.Combine(_dir, "b.json")).Should().Be(File.ReadAllText(Path.Combine(_dir, "a.json")));

        var offline = Enrich(Digest(4), Path.Combine(_dir, "c.json"), "--offline");
        offline.Code.Should().Be(1);
        offline.Stderr.Should().Contain("offline: 5 request(s) not in the cache were not sent", "the id list, then each title");
        _arxiv.Requests.Should().HaveCount(asked);
    }

    [Fact]
    public void A_503_with_Retry_After_is_waited_out_and_asked_again()
    {
        _arxiv.Plan[0] = FakeArxiv.Misbehaviour.Unavailable503;

        var (code, _, stderr) = Enrich(Digest(2), Path.Combine(_dir, "refs.json"));

        code.Should().Be(0, stderr);
        var times = _arxiv.Requests.Select(r => r.At).ToList();
        times.Should().HaveCount(2);
        (times[1] - times[0]).TotalSeconds.Should().BeGreaterThanOrEqualTo(0.95, "Retry-After: 1");
    }

    [Fact]
    public void A_dropped_connection_is_tried_again()
    {
        _arxiv.Plan[0] = FakeArxiv.Misbehaviour.Drop;

        var (code, _, stderr) = Enrich(Digest(2), Path.Combine(_dir, "refs.json"));

        code.Should().Be(0, stderr);
        _arxiv.Requests.Should().HaveCount(2);
    }

    [Fact]
    public void Too_slow_an_answer_is_retried_a_bounded_number_of_times_then_said_plainly()
    {
        _arxiv.Plan[0] = _arxiv.Plan[1] = FakeArxiv.Misbehaviour.Slow;
        string output = Path.Combine(_dir, "refs.json");

        var (code, _, stderr) = Enrich(Digest(2), output, "--timeout", "0.5", "--retries", "1");

        code.Should().Be(2);
        stderr.Should().Be($"papers: the arXiv API at {_arxiv.Url} did not answer within 0.5 s, 2 times; the answers cached so far are kept in {Path.Combine(_dir, "cache")}\n");
        _arxiv.Requests.Should().HaveCount(2);
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Malformed_xml_is_one_line_and_exit_2_and_the_answers_before_it_stay_cached()
    {
        _arxiv.Plan[1] = FakeArxiv.Misbehaviour.MalformedXml;

        var (code, _, stderr) = Enrich(Digest(60), Path.Combine(_dir, "refs.json"));

        code.Should().Be(2);
        stderr.Should().StartWith($"papers: the arXiv API at {_arxiv.Url} answered with something that is not an Atom feed (not XML").And.EndWith("\n");
        stderr.Count(c => c == '\n').Should().Be(1);
        Directory.GetFiles(Path.Combine(_dir, "cache")).Should().HaveCount(1, "the first batch's answer is kept");
    }

    [Fact]
    public void A_refused_request_is_not_retried()
    {
        _arxiv.Plan[0] = FakeArxiv.Misbehaviour.BadRequest400;

        var (code, _, stderr) = Enrich(Digest(2), Path.Combine(_dir, "refs.json"));

        code.Should().Be(2);
        stderr.Should().Contain("answered 400");
        _arxiv.Requests.Should().HaveCount(1);
    }

    [Fact]
    public void An_unreachable_api_is_said_plainly()
    {
        var stderr = new StringWriter();
        int code = Cli.Run(["-i", Digest(1), "enrich", "--out", Path.Combine(_dir, "r.bib"), "--arxiv-api", "http://127.0.0.1:9/api/query", "--retries", "0", "--delay", "0", "--cache", Path.Combine(_dir, "cache")], new StringWriter(), stderr);

        code.Should().Be(2);
        stderr.ToString().Should().StartWith("papers: the arXiv API at http://127.0.0.1:9/api/query could not be reached (").And.Contain("1 times");
    }

    [Fact]
    public void Long_answers_are_paged()
    {
        _arxiv.PageSize = 20;

        var (code, _, stderr) = Enrich(Digest(50), Path.Combine(_dir, "refs.json"));

        code.Should().Be(0, stderr);
        Queries.Select(q => HttpUtility.ParseQueryString(q)["start"]).Should().Equal("0", "20", "40");
    }

    [Fact]
    public void An_empty_feed_leaves_the_paper_unmatched()
    {
        var (code, stdout, stderr) = Enrich(Digest(0, "No Such Paper Anywhere"), Path.Combine(_dir, "refs.json"), "--json");

        code.Should().Be(1, stderr);
        using var report = System.Text.Json.JsonDocument.Parse(stdout);
        report.RootElement.GetProperty("unmatched").GetInt32().Should().Be(1);
        report.RootElement.GetProperty("matches")[0].GetProperty("match").GetString().Should().Be("unmatched");
        File.ReadAllText(Path.Combine(_dir, "refs.json")).Should().Be("[]\n");
    }

    [Theory]
    [InlineData("--delay", "-1")]
    [InlineData("--timeout", "0")]
    [InlineData("--retries", "-2")]
    [InlineData("--arxiv-api", "ftp://example.org/")]
    public void Bad_options_are_one_line_and_exit_2_before_any_request(string option, string value)
    {
        var stderr = new StringWriter();
        string[] api = option == "--arxiv-api" ? [] : ["--arxiv-api", _arxiv.Url];
        int code = Cli.Run(["-i", Digest(1), "enrich", "--out", Path.Combine(_dir, "r.bib"), "--cache", Path.Combine(_dir, "cache"), .. api, option, value], new StringWriter(), stderr);

        code.Should().Be(2);
        stderr.ToString().Should().StartWith("papers: ").And.EndWith("\n");
        stderr.ToString().Count(c => c == '\n').Should().Be(1);
        _arxiv.Requests.Should().BeEmpty();
    }
}
