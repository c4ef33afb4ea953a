using Papers.Citations;

namespace Papers.Tests.Citations;

/// <summary>Author names as real arXiv author fields write them: suffixes, particles, initials without spaces.</summary>
public class PersonNameTests
{
    [Theory]
    [InlineData("Martin Luther King Jr.", "King", "Martin Luther", "Jr.")]
    [InlineData("John Smith III", "Smith", "John", "III")]
    [InlineData("Robert Downey Sr", "Downey", "Robert", "Sr")]
    [InlineData("Henry Ford II", "Ford", "Henry", "II")]
    [InlineData("Carl Gustaf IV", "Gustaf", "Carl", "IV")]
    [InlineData("John Smith, Jr.", "Smith", "John", "Jr.")]
    [InlineData("King, Jr., Martin Luther", "King", "Martin Luther", "Jr.")]
    [InlineData("Smith, III, John", "Smith", "John", "III")]
    [InlineData("Smith, John", "Smith", "John", "")]
    [InlineData("Ludwig van Beethoven", "van Beethoven", "Ludwig", "")]
    [InlineData("Beethoven, Ludwig van", "Beethoven", "Ludwig van", "")]
    public void Generational_suffixes_are_never_family_names(string raw, string family, string given, string suffix)
    {
        PersonName name = PersonName.Parse(raw);

        name.Family.Should().Be(family);
        name.Given.Should().Be(given);
        name.Suffix.Should().Be(suffix);
        name.IsLiteral.Should().BeFalse();
    }

    [Theory]
    [InlineData("J.P.Smith", "Smith", "J.P.", "J. P.")]
    [InlineData("A.d'Arco", "d'Arco", "A.", "A.")]
    [InlineData("Maria J.K.Rowling", "Rowling", "Maria J.K.", "M. J. K.")]
    [InlineData("J. P. Smith", "Smith", "J. P.", "J. P.")]
    public void Initials_written_without_spaces_are_given_names(string raw, string family, string given, string initials)
    {
        PersonName name = PersonName.Parse(raw);

        name.Family.Should().Be(family);
        name.Given.Should().Be(given);
        name.Initials(". ").Should().Be(initials);
    }

    [Theory]
    [InlineData("Jr.")]
    [InlineData("Smith.")]
    [InlineData("St.")]
    public void A_single_word_with_a_dot_stays_a_family_name(string raw)
    {
        PersonName.Parse(raw).Family.Should().Be(raw);
        PersonName.Parse(raw).Given.Should().BeEmpty();
    }

    [Fact]
    public void A_suffix_is_cited_after_the_name()
    {
        var paper = new Paper
        {
            Id = "x",
            Title = "A Title",
            Source = new SourceLocation("d.txt", 1),
            Authors = ["Martin Luther King Jr.", "J.P.Smith"],
            PublishedYear = 2020,
        };

        paper.Cite(CitationStyle.Apa).Should().StartWith("King, M. L., Jr., & Smith, J. P. (2020).");
        paper.Cite(CitationStyle.Ieee).Should().StartWith("M. L. King Jr. and J. P. Smith,", "in display order CSL puts a space before the suffix");
    }
}

/// <summary>Which date a citation carries: Published, else the arXiv id's month, else the digest's date.</summary>
public class CitationDateTests
{
    [Theory]
    [InlineData("2003.01234", "2024-03-11", "(2020)", "2020-03")]
    [InlineData("2403.01234", "2024-03-11", "(2024)", "2024-03-11")]
    [InlineData("hep-th/9901001", "2024-03-11", "(1999)", "1999-01")]
    [InlineData("cs/0612001v2", "2024-03-11", "(2006)", "2006-12")]
    public void The_arXiv_id_dates_a_paper_before_the_digest_does(string arxiv, string digestDate, string apaYear, string bibDate)
    {
        Paper paper = DigestLoader.Parse($"{digestDate}\n\nA Trending Paper\n\nAuthors: Jane Doe\narXiv: {arxiv}\n\nAn abstract.\n").Papers.Single();

        paper.Cite(CitationStyle.Apa).Should().Contain(apaYear);
        new[] { paper }.Export(ExportFormat.BibLaTeX).Should().Contain("date = {" + bibDate + "}");
    }

    [Fact]
    public void Published_metadata_wins_over_the_arXiv_id()
    {
        Paper paper = DigestLoader.Parse("2024-03-11\n\nA Trending Paper\n\nAuthors: Jane Doe\narXiv: 2003.01234\nPublished: 2021-06-01\n\nAn abstract.\n").Papers.Single();

        paper.Cite(CitationStyle.Apa).Should().Contain("(2021)");
    }

    [Theory]
    [InlineData("2013.01234")]
    [InlineData("not-an-id")]
    public void An_impossible_month_or_no_id_falls_back_to_the_digest(string arxiv)
    {
        Papers.Parsing.ArxivId.Submitted(arxiv).Should().BeNull();
    }
}
