using Papers.Corpus;
using Papers.Tool.Enrich;

namespace Papers.Tool.Tests.Enrich;

/// <summary>The snapshot source on real arXiv records: ids, titles, every field it fills, and lines that are not JSON.</summary>
public sealed class SnapshotSourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("papers-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<EnrichQuery> Queries(string digest) =>
        DigestLoader.Parse(digest, "digest.txt").Papers.Select(EnrichQuery.For).ToList();

    private List<EnrichMatch> Match(IEnumerable<string> lines, string digest, out SnapshotSource source, int window = SnapshotSource.DefaultWindow)
    {
        var queries = Queries(digest);
        source = new SnapshotSource(Snapshots.Write(_dir, lines), window: window);
        IReadOnlyList<SourceAnswer> answers = source.FindAsync(queries, CancellationToken.None).GetAwaiter().GetResult();
        return queries.Select((q, i) => TitleMatcher.Decide(q, answers[i])).ToList();
    }

    [Fact]
    public void Every_real_record_is_found_by_its_title_with_all_it_fills()
    {
        var records = Snapshots.Oai;
        var titles = records.Take(300).Select(r => string.Join(' ', r.Title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();

        var matches = Match(records.Select(SnapshotRenderer.Line), Snapshots.TitleOnlyDigest(titles), out SnapshotSource source);

        source.Records.Should().Be(records.Count);
        source.SkippedLines.Should().BeEmpty();
        matches.Should().HaveCount(300);
        matches.Where(m => m.Kind != MatchKind.TitleExact).Select(m => m.Paper.Title).Should().BeEmpty("each title is a real record's");
        matches.Select(m => m.Record!.Id).Should().Equal(records.Take(300).Select(r => r.Id));

        ArxivRecord first = matches[0].Record!;
        first.Id.Should().Be("0704.0001");
        first.Authors.Should().Equal("Balázs, C.", "Berger, E. L.", "Nadolsky, P. M.", "Yuan, C. -P.");
        first.Doi.Should().Be("10.1103/PhysRevD.76.013009");
        first.JournalRef.Should().Be("Phys.Rev.D76:013009,2007");
        first.PrimaryCategory.Should().Be("hep-ph");
        first.Submitted.Should().Be(new DateOnly(2007, 4, 2));
    }

    [Fact]
    public void A_known_arxiv_id_is_looked_up_directly_whatever_the_title_says()
    {
        var records = Snapshots.Oai;
        string digest = "Digest\n\n2007-05-01\n\nA title nobody would match\n\narXiv: 0704.0002v2\n\nAn abstract.\n\n"
            + "Another unknown title\n\nAn abstract with a link https://arxiv.org/abs/0704.0003 in it.\n\n"
            + "A third\n\nSee https://huggingface.co/papers/0704.0004 for more.\n\n";

        var matches = Match(records.Select(SnapshotRenderer.Line), digest, out _);

        matches.Select(m => (m.Kind, m.Record?.Id)).Should().Equal((MatchKind.Id, "0704.0002"), (MatchKind.Id, "0704.0003"), (MatchKind.Id, "0704.0004"));
    }

    [Fact]
    public void Suffixes_and_particles_come_from_authors_parsed()
    {
        var record = new SnapshotRecord("2401.00001", "A Title", "Martin Luther King Jr. and Ana de la Cruz and Plato",
            [["King", "Martin Luther", "Jr."], ["de la Cruz", "Ana", ""], ["Plato", "", ""]], null, null, "cs.CL", "x", [("v1", "Tue, 2 Jan 2024 10:00:00 GMT")]);

        var matches = Match([SnapshotRenderer.Line(record)], Snapshots.TitleOnlyDigest(["A Title"], "2024-01-05"), out _);

        matches.Single().Record!.Authors.Should().Equal("King, Jr., Martin Luther", "de la Cruz, Ana", "Plato");
        Paper cited = new() { Id = "x", Title = "A Title", Source = new SourceLocation("x", 1), Authors = matches.Single().Record!.Authors, PublishedYear = 2024 };
        Papers.Citations.PaperCitations.Cite(cited, Papers.Citations.CitationStyle.Apa).Should().StartWith("King, M. L., Jr., de la Cruz, A., & Plato. (2024).");
    }

    [Theory]
    [InlineData(SnapshotSource.DefaultWindow)]
    [InlineData(1)]
    [InlineData(700)]
    public void Lines_that_are_not_json_are_reported_by_number_and_skipped_and_a_truncated_last_line_too(int window)
    {
        var lines = Snapshots.Oai.Take(5).Select(SnapshotRenderer.Line).ToList();
        lines.Insert(2, "this is not JSON");
        lines.Insert(4, "{\"id\": \"1\", \"title\": ");
        lines.Insert(5, "");
        string last = SnapshotRenderer.Line(Snapshots.Oai[5]);
        lines.Add(last.Substring(0, last.Length / 2));

        var matches = Match(lines, Snapshots.TitleOnlyDigest([Snapshots.Oai[4].Title.ReplaceLineEndings(" ")]), out SnapshotSource source, window);

        source.SkippedLines.Should().Equal([3, 5, 9], "line numbers count every line before, whichever window it was in");
        source.Records.Should().Be(5);
        matches.Single().Record!.Id.Should().Be(Snapshots.Oai[4].Id, "the lines after a bad one are still read");
    }

    [Fact]
    public void Lines_longer_than_a_window_are_read_whole()
    {
        var record = Snapshots.Oai[0] with { Abstract = new string('x', 9 << 20) };
        var lines = new[] { SnapshotRenderer.Line(Snapshots.Oai[1]), SnapshotRenderer.Line(record), SnapshotRenderer.Line(Snapshots.Oai[2]) };
        string digest = Snapshots.TitleOnlyDigest(new[] { Snapshots.Oai[0].Title, Snapshots.Oai[2].Title }.Select(t => t.ReplaceLineEndings(" ")));

        foreach (int window in new[] { SnapshotSource.DefaultWindow, 1 << 16 })
        {
            var matches = Match(lines, digest, out SnapshotSource source, window);

            source.Records.Should().Be(3);
            source.SkippedLines.Should().BeEmpty();
            matches.Select(m => m.Record?.Id).Should().Equal(Snapshots.Oai[0].Id, Snapshots.Oai[2].Id);
        }
    }

    [Fact]
    public void An_empty_snapshot_has_no_records_and_answers_nothing()
    {
        var matches = Match([], Snapshots.TitleOnlyDigest([Snapshots.Oai[0].Title.ReplaceLineEndings(" ")]), out SnapshotSource source);

        source.Records.Should().Be(0);
        source.SkippedLines.Should().BeEmpty();
        matches.Single().Kind.Should().Be(MatchKind.Unmatched);
    }

    [Fact]
    public async Task A_record_whose_id_is_given_twice_is_taken_from_its_first_line_whatever_the_cores_do()
    {
        var first = Snapshots.Oai[0] with { Id = "2401.00001", Title = "The first line of this id" };
        var second = Snapshots.Oai[1] with { Id = "2401.00001", Title = "The second line of this id" };
        var lines = new[] { first, second }.Select(SnapshotRenderer.Line).Concat(Snapshots.Oai.Skip(2).Take(50).Select(SnapshotRenderer.Line)).ToList();
        string digest = "Digest\n\nMar 11\n\nSome title\n\nSee https://arxiv.org/abs/2401.00001 for more.\n\n";

        foreach (int window in new[] { SnapshotSource.DefaultWindow, 1000 })
        {
            var queries = Queries(digest);
            var answers = await new SnapshotSource(Snapshots.Write(_dir, lines), window: window).FindAsync(queries, CancellationToken.None);

            answers.Single().ById!.Title.Should().Be("The first line of this id");
        }
    }

    [Theory]
    [InlineData("Measuring")]
    [InlineData("Efficiently")]
    [InlineData("Transformers")]
    [InlineData("Attention")]
    public void A_record_with_a_typo_in_any_one_rare_word_is_found_as_similar(string word)
    {
        // With one query every word is as rare as any other, so its signature is its four longest telling words
        // ("Transformers", "Efficiently", then "Attention", "Measuring"); only the first two point at the query. A record
        // that misses either of those two (or a later one) still shares the other three, and must still be found.
        const string title = "Measuring Sparse Attention in Transformers Efficiently";
        SnapshotRecord real = Snapshots.Oai[0];
        var records = new[] { real with { Id = "2401.00001", Title = title.Replace(word, word[..^1] + "x", StringComparison.Ordinal) } };

        var matches = Match(records.Select(SnapshotRenderer.Line), Snapshots.TitleOnlyDigest([title]), out _);

        matches.Should().ContainSingle().Which.Kind.Should().Be(MatchKind.TitleSimilar);
        matches[0].Record!.Id.Should().Be("2401.00001");
    }

    [Theory]
    [InlineData("Measuring Sparse Attention in Transformers Efficiently", "Measuring Sparse Attention in Transformers Efficiently Now")]
    [InlineData("Measuring Sparse Attention in Transformers Efficiently Now", "Measuring Sparse Attention in Transformers Efficiently")]
    public void A_record_a_few_letters_shorter_or_longer_than_the_title_is_found_as_similar(string recordTitle, string digestTitle)
    {
        // The key lengths a probe allows come from the edit budget of the longer key, on either side.
        SnapshotRecord real = Snapshots.Oai[0];
        var records = new[] { real with { Id = "2401.00001", Title = recordTitle } };

        var matches = Match(records.Select(SnapshotRenderer.Line), Snapshots.TitleOnlyDigest([digestTitle]), out _);

        matches.Should().ContainSingle().Which.Kind.Should().Be(MatchKind.TitleSimilar);
        matches[0].Record!.Id.Should().Be("2401.00001");
    }

    [Fact]
    public void Signature_words_that_share_a_bit_of_the_mask_still_count_as_two()
    {
        // Signature words are numbered as the queries are read, and the record's mask keeps a word's number mod 64.
        // Here "quantumalpha" is word 1 (the first query's second) and, after 63 one-word queries, "betaword" is
        // word 65: one bit for two of the last query's words. A record with a typo in "gammaword" shares three of
        // its four signature words, as many as needed, and must still be found.
        var titles = new List<string> { "Quantumalpha Zzfiller" };
        titles.AddRange(Enumerable.Range(0, 63).Select(i => $"Fillerword{i:D2}"));
        titles.Add("Quantumalpha Betaword Gammaword Deltaword");
        SnapshotRecord real = Snapshots.Oai[0];
        var records = new[] { real with { Id = "2401.00002", Title = "Quantumalpha Betaword Gammawurd Deltaword" } };

        var matches = Match(records.Select(SnapshotRenderer.Line), Snapshots.TitleOnlyDigest(titles), out _);

        matches[^1].Kind.Should().Be(MatchKind.TitleSimilar);
        matches[^1].Record!.Id.Should().Be("2401.00002");
    }

    [Fact]
    public void The_outcome_does_not_depend_on_how_the_cores_share_the_work()
    {
        var lines = Snapshots.Oai.Select(SnapshotRenderer.Line).ToList();
        string digest = Snapshots.TitleOnlyDigest(Snapshots.Oai.Take(400).Select(r => r.Title.ReplaceLineEndings(" ").Replace("the", "a", StringComparison.Ordinal)));

        string Run(int window) => string.Join("\n", Match(lines, digest, out _, window).Select(m => $"{m.Label} {m.Record?.Id} {string.Join(",", m.Candidates.Select(c => c.Record.Id + ":" + c.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}"));

        // The same answers every time, and with windows that cut lines anywhere (4096 + 7) or hold one line's start each.
        string once = Run(SnapshotSource.DefaultWindow);
        new[] { SnapshotSource.DefaultWindow, SnapshotSource.DefaultWindow, 4096 + 7, 1000 }.Select(Run).Should().AllBe(once);
        once.Should().Contain("title-similar", "the edited titles are matched by similarity");
    }
}
