namespace Papers.Tests;

/// <summary><see cref="Paper.Links"/>: the abstract's links, found on first use unless the maker gave them.</summary>
public class PaperLinksTests
{
    private const string Abstract = "Code at https://github.com/a/b. A demo: https://a.github.io/demo.";

    [Fact]
    public void A_paper_made_without_links_has_the_links_of_its_abstract()
    {
        var paper = new Paper { Id = "x", Title = "X", Abstract = Abstract, Source = new SourceLocation("d.txt", 1) };

        paper.Links.Should().Equal(new PaperLink("https://github.com/a/b", LinkKind.Code), new PaperLink("https://a.github.io/demo", LinkKind.ProjectPage));
        paper.CodeUrl.Should().Be("https://github.com/a/b");
    }

    [Fact]
    public void Links_given_when_the_paper_is_made_are_kept()
    {
        var paper = new Paper { Id = "x", Title = "X", Abstract = Abstract, Source = new SourceLocation("d.txt", 1), Links = [] };

        paper.Links.Should().BeEmpty();
        paper.CodeUrl.Should().BeNull();
    }

    [Fact]
    public void Every_reader_gets_the_one_list_found_first()
    {
        var paper = new Paper { Id = "x", Title = "X", Abstract = Abstract, Source = new SourceLocation("d.txt", 1) };

        var seen = new IReadOnlyList<PaperLink>[64];
        Parallel.For(0, seen.Length, i => seen[i] = paper.Links);

        seen.Should().OnlyContain(links => ReferenceEquals(links, paper.Links));
    }

    [Fact]
    public void A_loaded_paper_finds_its_links_in_its_abstract_when_asked()
    {
        Paper paper = DigestLoader.Parse("Mar 11\n\nT\n\n" + Abstract).Papers.Single();

        paper.Links.Select(l => l.Url).Should().Equal("https://github.com/a/b", "https://a.github.io/demo");
    }
}
