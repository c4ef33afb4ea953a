using Papers.Citations;

namespace Papers.Tests.Citations;

/// <summary>MLA 9 as <c>modern-language-association.csl</c> prints it, one rule per test.</summary>
public class MlaStyleTests
{
    private static Paper Paper(string title, string? authors = null, string? published = "2024-03-05", string? more = null) =>
        CitedPaper.With(title, authors, published, more);

    private static string Entry(Paper paper) => paper.Cite(CitationStyle.Mla);

    private static string InText(Paper paper) => paper.CiteInText(CitationStyle.Mla);

    [Theory]
    [InlineData("Jane Doe", "Doe, Jane.")]
    [InlineData("Jane Doe and John Smith", "Doe, Jane, and John Smith.")]
    [InlineData("Jane Doe, John Smith and Ann Roe", "Doe, Jane, et al.")]
    [InlineData("J. Doe", "Doe, J.")]
    [InlineData("J.P. Doe", "Doe, J. P.")]
    [InlineData("Martin Luther King Jr.", "King, Martin Luther, Jr.")]
    [InlineData("Jane Doe and Martin Luther King Jr.", "Doe, Jane, and Martin Luther King Jr.")]
    [InlineData("{OpenAI Team}", "OpenAI Team.")]
    [InlineData("{OpenAI Team} and Jane Doe", "OpenAI Team, and Jane Doe.")]
    [InlineData("Jane Doe and {OpenAI Team}", "Doe, Jane, and OpenAI Team.")]
    public void Entries_invert_only_the_first_name_and_shorten_three_or_more(string authors, string names)
    {
        Entry(Paper("Title", authors)).Should().StartWith(names + " “Title.”");
    }

    [Theory]
    [InlineData("Jane Doe", "(Doe)")]
    [InlineData("Jane Doe and John Smith", "(Doe and Smith)")]
    [InlineData("Jane Doe, John Smith and Ann Roe", "(Doe et al.)")]
    [InlineData("Martin Luther King Jr.", "(King)")]
    [InlineData("{OpenAI Team}", "(OpenAI Team)")]
    public void In_text_citations_give_family_names(string authors, string cited)
    {
        InText(Paper("Title", authors)).Should().Be(cited);
    }

    [Fact]
    public void Without_authors_the_title_is_cited_in_quotes()
    {
        Paper paper = Paper("A Study of Things", published: "2024");
        Entry(paper).Should().Be("“A Study of Things.” 2024.");
        InText(paper).Should().Be("(“A Study of Things”)");
    }

    [Theory]
    [InlineData("2024-03-05", "5 Mar. 2024")]
    [InlineData("2024-05-21", "21 May 2024")]
    [InlineData("2024-09-01", "1 Sep. 2024")]
    [InlineData("2024-12-31", "31 Dec. 2024")]
    [InlineData("2024", "2024")]
    public void Dates_are_day_short_month_year_with_what_is_known(string published, string date)
    {
        Entry(Paper("Title", "Jane Doe", published)).Should().Be($"Doe, Jane. “Title.” {date}.");
    }

    [Fact]
    public void A_date_known_to_the_month_from_an_arxiv_id_has_no_day()
    {
        Entry(Paper("Title", "Jane Doe", published: null, more: "arXiv: 2001.01234"))
            .Should().Be("Doe, Jane. “Title.” arXiv:2001.01234, arXiv, Jan. 2020, https://arxiv.org/abs/2001.01234.");
    }

    [Fact]
    public void An_arxiv_preprint_gives_number_publisher_date_and_the_doi_link_before_the_abstract_page()
    {
        Entry(Paper("Title", "Jane Doe", more: "arXiv: 2403.01234\nDOI: 10.1000/xyz"))
            .Should().Be("Doe, Jane. “Title.” arXiv:2403.01234, arXiv, 5 Mar. 2024, https://doi.org/10.1000/xyz.");
        Entry(Paper("Title", "Jane Doe", more: "arXiv: 2403.01234"))
            .Should().Be("Doe, Jane. “Title.” arXiv:2403.01234, arXiv, 5 Mar. 2024, https://arxiv.org/abs/2403.01234.");
        Entry(Paper("Title", "Jane Doe", published: null, more: "URL: https://example.org/paper"))
            .Should().Be("Doe, Jane. “Title.” https://example.org/paper.");
    }

    [Fact]
    public void With_nothing_but_a_title_the_entry_is_the_quoted_title()
    {
        Entry(Paper("Title", published: null)).Should().Be("“Title.”");
    }

    [Theory]
    [InlineData("Is It Real?", "“Is It Real?” 2024.")]
    [InlineData("Stop!", "“Stop!” 2024.")]
    public void A_title_ending_in_its_own_mark_takes_no_period(string title, string entry)
    {
        Entry(Paper(title, published: "2024")).Should().Be(entry);
    }

    [Fact]
    public void Titles_are_capitalized_as_the_style_file_asks_and_never_lowered()
    {
        Entry(Paper("learning of BERT-style models", "Jane Doe", "2024")).Should().Be("Doe, Jane. “Learning of BERT-Style Models.” 2024.");
    }

    [Fact]
    public void Later_works_by_the_same_authors_get_the_three_em_dash_and_titles_in_the_text()
    {
        Paper beta = Paper("Beta", "Jane Doe and John Smith", "2021");
        Paper alpha = Paper("Alpha", "Jane Doe and John Smith", "2020");
        Paper solo = Paper("Gamma", "Jane Doe", "2019");
        var bibliography = new Bibliography(new[] { beta, solo, alpha }, CitationStyle.Mla);

        bibliography.ToString().Should().Be(
            "Doe, Jane. “Gamma.” 2019.\n" +
            "Doe, Jane, and John Smith. “Alpha.” 2020.\n" +
            "———. “Beta.” 2021.\n");
        bibliography.CiteInText(alpha).Should().Be("(Doe and Smith, “Alpha”)");
        bibliography.CiteInText(beta).Should().Be("(Doe and Smith, “Beta”)");
        bibliography.CiteInText(solo).Should().Be("(Doe)");
    }

    [Fact]
    public void Three_or_more_authors_count_as_the_same_when_the_first_is()
    {
        // "———" stands for the names the entry shows: with "et al." only the first.
        Paper one = Paper("One", "Jane Doe, John Smith and Ann Roe", "2020");
        Paper two = Paper("Two", "Jane Doe, Bo Li and Mei Lin", "2021");
        new Bibliography(new[] { two, one }, CitationStyle.Mla).ToString().Should().Be(
            "Doe, Jane, et al. “One.” 2020.\n" +
            "———. “Two.” 2021.\n");
    }

    [Fact]
    public void Entries_sort_by_names_then_title_and_never_by_year()
    {
        Paper late = Paper("Alpha", "Jane Doe", "2024");
        Paper early = Paper("Beta", "Jane Doe", "2001");
        Paper other = Paper("Aardvark", "Ann Abel", "2030");
        Paper anonymous = Paper("Cats", published: "2000");
        new Bibliography(new[] { early, anonymous, late, other }, CitationStyle.Mla).Entries.Select(e => e.Paper)
            .Should().Equal(other, anonymous, late, early);
    }

    [Fact]
    public void Same_author_same_year_gets_no_year_letters()
    {
        Paper a = Paper("Alpha", "Jane Doe", "2024");
        Paper b = Paper("Beta", "Jane Doe", "2024");
        new Bibliography(new[] { a, b }, CitationStyle.Mla).ToString().Should().NotContain("2024a");
    }
}
