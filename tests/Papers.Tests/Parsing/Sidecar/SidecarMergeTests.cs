using Papers.Parsing;
using Papers.Parsing.Sidecar;

namespace Papers.Tests.Parsing.Sidecar;

/// <summary>What a sidecar record gives an entry it matches — only what the digest does not say itself.</summary>
public class SidecarMergeTests
{
    private const string Record = "@misc{r, title = {A Title}, author = {Side, Sam}, eprint = {2403.00001}, doi = {10.1/side}, url = {https://side.example}, year = 2023, month = mar, day = 5}";

    private static (List<ParsedEntry> Entries, HashSet<int> Matched) Merge(string digest, string bib)
    {
        var entries = DigestParser.Parse(digest, new DigestParseOptions("d.txt")).Entries.ToList();
        return (entries, SidecarMerge.Apply(entries, SidecarFile.Parse(bib, "refs.bib")));
    }

    [Fact]
    public void A_record_fills_every_field_the_entry_lacks()
    {
        var (entries, matched) = Merge("Mar 11, 2024\n\nA Title\n\nAn abstract.\n", Record);

        matched.Should().Equal(0);
        PaperMetadata m = entries.Single().Metadata;
        m.Authors.Should().Equal("Side, Sam");
        m.ArxivId.Should().Be("2403.00001");
        m.Doi.Should().Be("10.1/side");
        m.Url.Should().Be("https://side.example");
        m.Published.Should().Be(new PaperDate(2023, 3, 5));
    }

    [Fact]
    public void Every_digest_merged_against_one_sidecar_uses_the_one_index_it_built()
    {
        SidecarFile sidecar = SidecarFile.Parse(Record + "\n@misc{s, title = {Second Title}}", "refs.bib");
        var first = DigestParser.Parse("Mar 11\n\nA Title\n\nAn abstract.\n", new DigestParseOptions("a.txt")).Entries.ToList();
        var second = DigestParser.Parse("Mar 12\n\nSecond  title\n\nAn abstract.\n", new DigestParseOptions("b.txt")).Entries.ToList();

        SidecarMerge.Apply(first, sidecar).Should().Equal(0);
        SidecarIndex built = sidecar.Index;
        SidecarMerge.Apply(second, sidecar).Should().Equal(1);

        sidecar.Index.Should().BeSameAs(built);
        first.Single().Metadata.Doi.Should().Be("10.1/side");
    }

    [Fact]
    public void What_the_digest_says_wins_field_by_field()
    {
        const string digest = "Mar 11, 2024\n\nA Title\n\nAuthors: Own Author\narXiv: 2403.00001v2\nDOI: 10.1/own\nURL: https://own.example\nPublished: 2024-01-02\n\nAn abstract.\n";
        var (entries, matched) = Merge(digest, Record);

        matched.Should().Equal(0);
        PaperMetadata m = entries.Single().Metadata;
        m.Authors.Should().Equal("Own Author");
        m.ArxivId.Should().Be("2403.00001v2");
        m.Doi.Should().Be("10.1/own");
        m.Url.Should().Be("https://own.example");
        m.Published.Should().Be(new PaperDate(2024, 1, 2));
        m.PublishedYear.Should().BeNull();
    }

    [Fact]
    public void A_record_with_a_year_only_gives_the_year()
    {
        var (entries, _) = Merge("Mar 11, 2024\n\nA Title\n\nAn abstract.\n", "@misc{r, title = {A Title}, year = 2021}");

        entries.Single().Metadata.Published.Should().BeNull();
        entries.Single().Metadata.PublishedYear.Should().Be(2021);
    }

    [Fact]
    public void Entries_that_match_nothing_are_left_alone()
    {
        var (entries, matched) = Merge("Mar 11, 2024\n\nOther Paper\n\nAn abstract.\n\nA Title\n\nAn abstract.\n",
            "@misc{a, title = {Unrelated}, author = {No, One}}\n" + Record);

        matched.Should().Equal(1);
        entries[0].Metadata.Authors.Should().BeEmpty();
        entries[0].Metadata.Doi.Should().BeNull();
        entries[1].Metadata.Doi.Should().Be("10.1/side");
    }

    [Fact]
    public void A_record_without_a_usable_title_matches_by_id_only()
    {
        var (entries, matched) = Merge("Mar 11, 2024\n\n!!!\n\nAn abstract.\n", "@misc{a, title = {???}, doi = {10.1/x}}");

        matched.Should().BeEmpty("a title with no letters matches nothing, not every other such title");
        entries.Single().Metadata.Doi.Should().BeNull();
    }

    [Fact]
    public void The_first_record_with_a_title_or_id_wins()
    {
        var (entries, matched) = Merge("Mar 11, 2024\n\nA Title\n\nAn abstract.\n",
            "@misc{a, title = {A Title}, doi = {10.1/first}}\n@misc{b, title = {A title}, doi = {10.1/second}}");

        matched.Should().Equal(0);
        entries.Single().Metadata.Doi.Should().Be("10.1/first");
    }
}
