using Papers.Parsing;
using Papers.Tests.Shared;

namespace Papers.Tests;

/// <summary>Malformed digests: each problem gets its id, a located message, and nothing else is lost.</summary>
public class DigestDiagnosticTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("new\n\nSubscribe\n\nbyAK and the research community")]
    [InlineData("new\n\nMar 11\n")]
    public void An_empty_or_boilerplate_only_digest_is_PAPER003(string text)
    {
        var result = DigestLoader.Parse(text, "empty.txt");
        result.Papers.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle().Which.Should().Be(new DigestDiagnostic("PAPER003", DigestSeverity.Warning, "empty.txt", 1, 1,
            "The digest has no papers (it is empty or only boilerplate); expected a date line, then title and abstract paragraphs."));
    }

    [Fact]
    public void A_title_followed_by_the_next_title_has_no_abstract_PAPER004()
    {
        const string prose = "This abstract is long enough to be prose. It has two sentences, which titles do not have.";
        var result = DigestLoader.Parse($"Mar 11\n\nLonely Title\n\nNext Title\n\n{prose}\n\nLast Title", "d.txt");
        result.Papers.Select(p => (p.Title, p.Abstract)).Should().Equal(("Lonely Title", ""), ("Next Title", prose), ("Last Title", ""));
        result.Diagnostics.Select(d => (d.Id, d.Line)).Should().Equal(("PAPER004", 3), ("PAPER004", 9));
        result.Diagnostics[0].ToString().Should().Be("d.txt(3,1): warning PAPER004: The paper \"Lonely Title\" has no abstract; expected a paragraph after the title.");
    }

    [Fact]
    public void A_short_abstract_after_a_title_is_still_an_abstract()
    {
        var result = DigestLoader.Parse("Mar 11\n\nTitle One\n\nShort abstract\n\nTitle Two\n\nAlso short");
        result.Papers.Select(p => p.Abstract).Should().Equal("Short abstract", "Also short");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_title_right_before_a_date_has_no_abstract()
    {
        var result = DigestLoader.Parse("Mar 11\n\nTitle\n\nMar 12\n\nOther\n\nAbstract.");
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("PAPER004");
        result.Papers.Should().HaveCount(2);
    }

    [Fact]
    public void Prose_where_a_title_should_be_is_PAPER005()
    {
        const string prose = "A stray paragraph that reads like an abstract. It has several sentences. Nobody would call it a title.";
        const string summary = "The real abstract of the paper. It is prose too, with more than one sentence in it.";
        var result = DigestLoader.Parse($"Mar 11\n\nTitle\n\n{summary}\n\n{prose}\n\nNext\n\nAbstract.", "d.txt");
        result.Papers.Select(p => p.Title).Should().Equal("Title", "Next");
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<DigestDiagnostic>(d => d.Id == "PAPER005" && d.Line == 7 && d.Severity == DigestSeverity.Error);
    }

    [Theory]
    [InlineData("Do PhD-level LLMs Truly Grasp Elementary Addition? Probing Rule Learning vs. Memorization in Large Language Models")]
    [InlineData("Text is no more Enough! A Benchmark for Profile-based Spoken Language Understanding")]
    [InlineData("Yi: Open Foundation Models by 01.AI")]
    [InlineData("Scaling Laws, e.g. for Tokens: A Study by J. Smith et al. With Many Results")]
    public void Titles_with_sentence_like_breaks_are_still_titles(string title)
    {
        var result = DigestLoader.Parse($"Mar 11\n\nFirst\n\nAbstract.\n\n{title}\n\nIts abstract.");
        result.Diagnostics.Should().BeEmpty();
        result.Papers.Select(p => p.Title).Should().Equal("First", title);
    }

    [Theory]
    [InlineData("Mar 32")]
    [InlineData("Marhc 11")]
    [InlineData("Febuary 30, 2024")]
    [InlineData("Feb 29, 2023")]
    [InlineData("2024-13-01")]
    [InlineData("31 Apr 2024")]
    public void A_date_line_that_is_not_a_date_is_PAPER006(string line)
    {
        var result = DigestLoader.Parse($"Mar 11\n\nTitle\n\nAbstract.\n\n{line}\n\nNext\n\nAbstract.", "d.txt");
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<DigestDiagnostic>(d => d.Id == "PAPER006" && d.Line == 7);
        result.Papers.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Llama 3")]
    [InlineData("Gemini 15")]
    [InlineData("Decoding 2")]
    public void Titles_that_end_in_a_number_are_not_dates(string title)
    {
        var result = DigestLoader.Parse($"Mar 11\n\n{title}\n\nAbstract.");
        result.Papers.Single().Title.Should().Be(title);
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_duplicate_title_in_one_digest_is_PAPER007_and_one_paper()
    {
        var result = DigestLoader.Parse("Mar 11\n\nSame\n\nAbstract one.\n\nsame\n\nAbstract two.", "d.txt");
        result.Papers.Should().ContainSingle().Which.Abstract.Should().Be("Abstract one.");
        result.Digests.Single().Papers.Should().HaveCount(2);
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("already appears on line 3");
    }

    [Fact]
    public void Two_titles_with_the_same_name_are_PAPER008_and_get_a_suffix()
    {
        var result = DigestLoader.Parse("Mar 11\n\nE-ViLM: One\n\nAbstract.\n\nEViLM: Two\n\nAbstract.", "d.txt");
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<DigestDiagnostic>(d =>
            d.Id == "PAPER008" && d.Line == 7 && d.Message.Contains("'EViLM_2'"));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_PAPER001()
    {
        using var temp = new TempFolder("papers-");
        string file = temp.File("latin1.txt");
        File.WriteAllBytes(file, System.Text.Encoding.Latin1.GetBytes("Mar 11\n\nCaf\u00e9 Models\n\nAn abstract."));
        var result = DigestLoader.Load(file);
        result.Papers.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<DigestDiagnostic>(d => d.Id == "PAPER001" && d.Severity == DigestSeverity.Error);
    }

    [Fact]
    public void A_digest_over_the_size_limit_is_PAPER002_and_keeps_what_came_before()
    {
        string text = "Mar 11\n\nTitle\n\nAbstract.\n\n" + string.Concat(Enumerable.Repeat("Filler Title\n\nFiller abstract.\n\n", 100));
        var parsed = DigestParser.Parse(text, new DigestParseOptions("big.txt", MaxChars: 200));
        parsed.Diagnostics.Should().ContainSingle(d => d.Id == "PAPER002").Which.Severity.Should().Be(DigestSeverity.Error);
        parsed.Entries[0].Title.Should().Be("Title");
    }
}
