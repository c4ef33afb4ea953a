using Papers.Citations;
using Papers.Parsing.Sidecar;

namespace Papers.Tests.Parsing.Sidecar;

/// <summary>Reading sidecar files and merging them into digests at run time (the generator shares this code).</summary>
public class SidecarTests
{
    [Fact]
    public void BibTeX_values_in_every_form_are_read()
    {
        SidecarFile file = SidecarFile.Parse("""
            Text outside entries is ignored, as BibTeX does.
            @string{ieee = "IEEE"}
            @comment{ @misc{not, title = {an entry}} }
            @Article{key1,
              Title = {A {Nested} Title with \"{u}mlaut},
              AUTHOR = "Doe, Jane and {The Consortium} and John Smith",
              year = {2021}, month = feb, day = 3,
              note = ieee # " and more",
              url = {https://arxiv.org/abs/2101.00001v2},
            }
            @misc(key2, title = {Second}, date = {2022-07}, doi = {10.48550/arXiv.2207.00002})
            """, "refs.bib");

        file.Diagnostics.Should().BeEmpty();
        file.Entries.Should().HaveCount(2);
        SidecarEntry first = file.Entries[0];
        first.Title.Should().Be("A {Nested} Title with \\\"{u}mlaut");
        first.Authors.Should().Equal("Doe, Jane", "{The Consortium}", "John Smith");
        (first.Year, first.Month, first.Day).Should().Be((2021, 2, 3));
        first.ArxivId.Should().Be("2101.00001", "the id comes from the URL, version dropped");
        first.Line.Should().Be(4);
        SidecarEntry second = file.Entries[1];
        (second.Year, second.Month, second.Day).Should().Be((2022, 7, (int?)null));
        second.ArxivId.Should().Be("2207.00002", "the id comes from arXiv's DataCite DOI");
    }

    [Theory]
    [InlineData("@misc{a, title = {open", 1, "never closed")]
    [InlineData("@misc{a,\n title = {x}\n author = {y}}", 3, "expected ',' or '}'")]
    [InlineData("@misc{a,\n  = {x}}", 2, "expected a field name")]
    [InlineData("[{\"title\": \"x\"},\n {\"title\": }]", 2, "unexpected '}'")]
    [InlineData("[{\"title\": \"x\"", 1, "expected ',' or '}'")]
    public void Syntax_errors_are_PAPER016_at_their_line(string text, int line, string message)
    {
        SidecarFile file = SidecarFile.Parse(text, "refs");
        file.Entries.Should().BeEmpty();
        DigestDiagnostic problem = file.Diagnostics.Should().ContainSingle().Subject;
        problem.Id.Should().Be("PAPER016");
        problem.Line.Should().Be(line);
        problem.Message.Should().Contain(message).And.Contain("refs");
    }

    [Fact]
    public void Csl_json_names_numbers_and_dates_are_read()
    {
        SidecarFile file = SidecarFile.Parse("""
            [{"id": "x", "type": "article", "title": "T", "number": "arXiv:2403.01234",
              "author": [{"family": "Tak", "given": "Floris", "non-dropping-particle": "van der"}, {"literal": "WHO"}],
              "issued": {"date-parts": [["2024", 3, 5]]}}]
            """, "refs.json");
        SidecarEntry entry = file.Entries.Single();
        entry.Authors.Should().Equal("van der Tak, Floris", "{WHO}");
        entry.ArxivId.Should().Be("2403.01234");
        (entry.Year, entry.Month, entry.Day).Should().Be((2024, 3, 5));
    }

    [Fact]
    public void The_loader_merges_a_sidecar_by_title_and_reports_what_it_could_not_use()
    {
        string folder = Directory.CreateTempSubdirectory("papers-sidecar-").FullName;
        try
        {
            string digest = Path.Combine(folder, "d.txt");
            string bib = Path.Combine(folder, "d.bib");
            File.WriteAllText(digest, "Mar 11, 2024\n\nM\\\"uller's Theorem: A Proof\n\nAbstract.\n");
            File.WriteAllText(bib, "@misc{a, title = {Müller’s theorem — a proof}, author = {Erd\\H{o}s, Paul}, year = 1990}\n\n@misc{b, title = {Nobody Lists Me}}\n");

            DigestLoadResult result = DigestLoader.Load(new[] { digest }, new DigestLoadOptions { Sidecar = bib });

            Paper paper = result.Papers.Single();
            paper.Authors.Should().Equal("Erd\\H{o}s, Paul");
            paper.PublishedYear.Should().Be(1990);
            paper.Cite(CitationStyle.Apa).Should().StartWith("Erdős, P. (1990).");
            DigestDiagnostic unmatched = result.Diagnostics.Should().ContainSingle().Subject;
            (unmatched.Id, unmatched.Line).Should().Be(("PAPER017", 3));
            unmatched.Message.Should().Contain("Nobody Lists Me");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_digests_own_metadata_wins_over_the_sidecar()
    {
        var entries = new List<Papers.Parsing.ParsedEntry> { new("Title", new Papers.Parsing.LineSpan(3, 1, 3, 5)) { Metadata = new Papers.Parsing.PaperMetadata { Doi = "10.1/own" } } };
        SidecarMerge.Apply(entries, SidecarFile.Parse("@misc{a, title = {Title}, doi = {10.1/sidecar}, author = {A. B}}", "s.bib"));
        entries[0].Metadata.Doi.Should().Be("10.1/own");
        entries[0].Metadata.Authors.Should().Equal("A. B");
        Papers.Parsing.PaperMetadata.Empty.Authors.Should().BeEmpty("the shared empty metadata is never changed");
    }
}
