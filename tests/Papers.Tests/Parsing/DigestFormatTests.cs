using Papers.Tests.Shared;

namespace Papers.Tests.Parsing;

/// <summary>The digest format's rules, one by one.</summary>
public class DigestFormatTests
{
    private const string Simple = "new\n\nSubscribe\n\nMar 11\n\nAlpha: A Title\n\nThe first abstract. It has two sentences.\n\nBeta: Another\n\nThe second abstract.\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_ending_parses_the_same(string newline)
    {
        Parse(Simple.Replace("\n", newline, StringComparison.Ordinal)).Should().BeEquivalentTo(Parse(Simple));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Line_ends_are_found_wherever_the_readers_buffer_ends(string newline)
    {
        // Abstracts around the reader's 16 K-character buffer, shifted a character at a time, so that a line end
        // (and a CRLF's two halves) falls on each side of a buffer boundary.
        for (int pad = 0; pad < 8; pad++)
        {
            string text = "Mar 11\n\n" + new string('T', 1 + pad) + "\n\n" + new string('a', 16 * 1024 - 16) + "\nb\n\nU\n\nc.\n";
            Parse(text.Replace("\n", newline, StringComparison.Ordinal)).Should().BeEquivalentTo(Parse(text), $"pad {pad}");
            DigestLoader.Parse(text.Replace("\n", newline, StringComparison.Ordinal)).Papers.Select(p => (p.Title, p.Abstract))
                .Should().Equal((new string('T', 1 + pad), new string('a', 16 * 1024 - 16) + " b"), ("U", "c."));
        }
    }

    [Fact]
    public void A_byte_order_mark_and_trailing_spaces_change_nothing()
    {
        string noisy = "\uFEFF" + Simple.Replace("\n", "  \t\n", StringComparison.Ordinal);
        Parse(noisy).Should().BeEquivalentTo(Parse(Simple));
    }

    [Theory]
    [InlineData("T\n\nA.", 3, 1, 3, 1)]
    [InlineData(" \t\f\vTitle Here \t\n\nA.", 3, 5, 3, 14)]
    [InlineData("First Half\r\n   Second Half  \r\n\r\nA.", 3, 1, 4, 14)]
    public void A_title_span_runs_from_its_first_character_to_its_last(string paper, int line, int column, int endLine, int endColumn)
    {
        var parsed = Papers.Parsing.DigestParser.Parse(new StringReader("Mar 11\n\n" + paper), new Papers.Parsing.DigestParseOptions("d.txt", null));
        parsed.Entries.Should().ContainSingle().Which.TitleSpan.Should().Be(new Papers.Parsing.LineSpan(line, column, endLine, endColumn));
    }

    [Fact]
    public void Boilerplate_before_the_first_date_is_dropped()
    {
        var result = DigestLoader.Parse("Get trending papers in your email inbox!\n\nbyAK and the research community\n\nSome unknown banner\n\nMar 11\n\nT\n\nA.");
        result.Papers.Should().ContainSingle().Which.Title.Should().Be("T");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Without_a_date_known_boilerplate_is_dropped_and_papers_start_at_the_first_other_block()
    {
        var result = DigestLoader.Parse("new\n\nSubscribe\n\nA title\n\nAn abstract.");
        result.Papers.Should().ContainSingle().Which.Date.Should().BeNull();
        result.Papers[0].Title.Should().Be("A title");
    }

    [Fact]
    public void Wrapped_blocks_are_joined_with_one_space()
    {
        var paper = DigestLoader.Parse("Mar 11\n\nA long title\n  wrapped here\n\nAn abstract\nover two lines.").Papers.Single();
        paper.Title.Should().Be("A long title wrapped here");
        paper.Abstract.Should().Be("An abstract over two lines.");
    }

    [Fact]
    public void Text_is_kept_exactly_inside_a_line()
    {
        const string title = "``x'' and $γ-$MoD with M^3AE \\textbf{bold}  two  spaces \u2028 U+2028 \u202E bidi";
        DigestLoader.Parse("Mar 11\n\n" + title + "\n\nAbstract.").Papers.Single().Title.Should().Be(title);
    }

    [Fact]
    public void A_date_block_sets_the_date_for_the_papers_after_it()
    {
        var result = DigestLoader.Parse("Mar 11, 2024\n\nA\n\nAbstract a.\n\nMar 12, 2024\n\nB\n\nAbstract b.");
        result.Papers.Select(p => p.Date.ToString()).Should().Equal("2024-03-11", "2024-03-12");
        result.Digests.Single().Dates.Should().HaveCount(2);
    }

    [Fact]
    public void Lines_are_one_based_and_point_at_the_title()
    {
        var result = DigestLoader.Parse(Simple, "d.txt");
        result.Papers.Select(p => p.Source.ToString()).Should().Equal("d.txt:7", "d.txt:11");
    }

    [Fact]
    public void A_metadata_block_between_title_and_abstract_is_read()
    {
        const string text = "Mar 11\n\nA Title\n\nAuthors: A. One, B. Two and C. Three\narXiv: 2403.01234\nDOI: 10.1000/xyz\nPublished: 2024-03-05\nURL: https://example.org/a\nTags: NLP, Vision\n\nThe abstract.";
        var paper = DigestLoader.Parse(text).Papers.Single();
        paper.Authors.Should().Equal("A. One", "B. Two", "C. Three");
        paper.ArxivId.Should().Be("2403.01234");
        paper.Id.Should().Be("2403.01234");
        paper.Doi.Should().Be("10.1000/xyz");
        paper.Published.Should().Be(new PaperDate(2024, 3, 5));
        paper.Url.Should().Be("https://example.org/a");
        paper.Tags.Should().Equal("NLP", "Vision");
        paper.Abstract.Should().Be("The abstract.");
    }

    [Fact]
    public void An_abstract_that_starts_like_a_key_is_still_an_abstract()
    {
        DigestLoader.Parse("Mar 11\n\nTitle\n\nAbstract: we study things.").Papers.Single().Abstract.Should().Be("Abstract: we study things.");
    }

    [Fact]
    public void A_bad_metadata_value_is_reported_and_ignored()
    {
        var result = DigestLoader.Parse("Mar 11\n\nTitle\n\narXiv: not-an-id\n\nAbstract.");
        result.Papers.Single().ArxivId.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<DigestDiagnostic>(d => d.Id == "PAPER011" && d.Line == 5);
    }

    [Fact]
    public void The_same_title_in_several_digests_is_one_paper()
    {
        using var temp = new TempFolder("papers-");
        string dir = temp.Path;
        File.WriteAllText(Path.Combine(dir, "a.txt"), "Mar 11\n\nShared Paper\n\nAbstract.\n\nOnly A\n\nAbstract.");
        File.WriteAllText(Path.Combine(dir, "b.txt"), "Mar 12\n\nShared  paper\n\nAbstract again.\n\nOnly B\n\nAbstract.");
        var result = DigestLoader.Load(dir);
        result.Papers.Select(p => p.Title).Should().Equal("Shared Paper", "Only A", "Only B");
        result.Digests[1].Papers[0].Should().BeSameAs(result.Papers[0]);
        result.Diagnostics.Should().BeEmpty();
    }

    private static object Parse(string text)
    {
        var result = DigestLoader.Parse(text);
        return new { Papers = result.Papers.Select(p => new { p.Title, p.Abstract, p.Date, p.Source, p.Links }).ToList(), result.Diagnostics };
    }
}
