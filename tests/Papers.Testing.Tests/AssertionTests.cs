using Papers.Citations;
using Papers.Testing;
using Papers.Tests.Shared;
using Xunit.Sdk;

namespace Papers.Testing.Tests;

/// <summary>The assertions pass when they should, and their messages name the paper and show what differed.</summary>
public class AssertionTests
{
    private static readonly IReadOnlyList<Paper> Seed = DigestLoader.Parse(File.ReadAllText(RepoPaths.SeedDigest), "trending-mar11.txt").Papers;
    private static readonly Paper Bioscan = Seed.Single(p => p.ShortName == "BIOSCAN-5M");
    private static readonly Paper Yi = Seed.Single(p => p.ShortName == "Yi");

    public static IEnumerable<object[]> Ids => PaperTheoryData.Ids(Seed);

    [Fact]
    public void Passing_assertions_chain()
    {
        Bioscan.Should().HaveTopic("multimodal").And.HaveCodeLink().And.MentionAll("insect", "DNA barcodes");
        Seed.Should().ContainPaper("E-ViLM").And.AllHaveAbstracts().And.HaveCount(70);
    }

    [Fact]
    public void HaveTopic_names_the_paper_and_lists_its_topics()
    {
        var failure = FluentActions.Invoking(() => Yi.Should().HaveTopic("video", "we watch {0}", "videos"))
            .Should().Throw<XunitException>().Which;
        failure.Message.Should().Be(
            "Expected \"Yi\" (trending-mar11.txt:" + Yi.Source.Line + ") to have topic \"video\" because we watch videos, but its topics are {\"language-models\", \"pretraining\"}.");
    }

    [Fact]
    public void HaveCodeLink_shows_the_links_it_found()
    {
        Paper hub = Seed.Single(p => p.Links.Any(l => l.Url.Contains("huggingface", StringComparison.Ordinal)));
        var message = FluentActions.Invoking(() => hub.Should().HaveCodeLink()).Should().Throw<XunitException>().Which.Message;
        message.Should().Be($"Expected \"{hub.ShortName}\" (trending-mar11.txt:{hub.Source.Line}) to link to code, but its links are {{\"https://huggingface.co/McmanusChen/MCL-base (ModelOrDataset)\"}}.");
    }

    [Fact]
    public void BeCitedAs_passes_on_the_exact_entry_and_shows_the_first_difference()
    {
        Yi.Should().BeCitedAs(CitationStyle.Apa, "Yi: Open Foundation Models by 01.AI. (n.d.).");
        var message = FluentActions.Invoking(() => Yi.Should().BeCitedAs(CitationStyle.Apa, "Yi: Open Foundation Models by 01.AI. (2024).", "we cite {0}", "it"))
            .Should().Throw<XunitException>().Which.Message;
        message.Should().Be(
            $"Expected \"Yi\" (trending-mar11.txt:{Yi.Source.Line}) to be cited in Apa because we cite it as{Environment.NewLine}" +
            $"  \"Yi: Open Foundation Models by 01.AI. (2024).\"{Environment.NewLine}but it is{Environment.NewLine}" +
            $"  \"Yi: Open Foundation Models by 01.AI. (n.d.).\"{Environment.NewLine}(first difference at index 38: \"…y 01.AI. (n.d.).…\").");
    }

    [Fact]
    public void MentionAll_says_which_terms_are_missing()
    {
        var message = FluentActions.Invoking(() => Bioscan.Should().MentionAll("insect", "quantum", "blockchain")).Should().Throw<XunitException>().Which.Message;
        message.Should().Contain("\"BIOSCAN-5M\"").And.EndWith("but it does not mention {\"quantum\", \"blockchain\"}.");
    }

    [Fact]
    public void ContainPaper_suggests_the_closest_name()
    {
        var message = FluentActions.Invoking(() => Seed.Should().ContainPaper("E-VILM2")).Should().Throw<XunitException>().Which.Message;
        message.Should().Be("Expected the 70 papers to contain \"E-VILM2\", but none has that id, short name or title; closest: \"E-ViLM\".");
    }

    [Fact]
    public void AllHaveAbstracts_lists_the_papers_without_one()
    {
        var papers = DigestLoader.Parse("Mar 11\n\nLonely\n\nNext Title\n\nA long enough abstract to read as prose. It has two sentences in it, and that is certain.", "d.txt").Papers;
        var message = FluentActions.Invoking(() => papers.Should().AllHaveAbstracts()).Should().Throw<XunitException>().Which.Message;
        message.Should().Be("Expected every paper to have an abstract, but 1 have none: {\"Lonely\" (d.txt:3)}.");
    }

    [Fact]
    public void BeOrderedByDate_points_at_the_first_paper_out_of_order()
    {
        var papers = DigestLoader.Parse("2024-03-12\n\nLater\n\nA.\n\n2024-03-11\n\nEarlier\n\nB.", "d.txt").Papers;
        var message = FluentActions.Invoking(() => papers.Should().BeOrderedByDate()).Should().Throw<XunitException>().Which.Message;
        message.Should().Be("Expected the papers in date order, but \"Earlier\" (d.txt:9) dated 2024-03-11 comes after \"Later\" (d.txt:3) dated 2024-03-12.");
        papers.Reverse().Should().BeOrderedByDate();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Theory_data_runs_once_per_paper(string id)
    {
        Ids.Select(row => (string)row[0]).Should().Equal(Seed.Select(p => p.Id), "one row per paper, in catalog order");
        PaperTheoryData.Find(Seed, id).Id.Should().Be(id);
        Seed.Count(p => p.Id == id).Should().Be(1, "each row names exactly one paper");
    }

    [Fact]
    public void Find_names_an_id_that_no_paper_has()
    {
        FluentActions.Invoking(() => PaperTheoryData.Find(Seed, "no-such-paper")).Should().Throw<KeyNotFoundException>().WithMessage("No paper has the id 'no-such-paper'.");
    }

    [Fact]
    public void Snapshots_are_stable_text()
    {
        string snapshot = PaperSnapshot.Render(Seed.Take(2));
        snapshot.Should().StartWith("# e-vilm-efficient-video-language-model-via-masked-video-modeling-with-semantic\ntitle:  E-ViLM: Efficient");
        snapshot.Should().Contain("date:   Mar 11 (year unknown)\nsource: trending-mar11.txt:11\n").And.NotContain("\r");
        PaperSnapshot.Render(DigestLoader.Parse(File.ReadAllText(RepoPaths.SeedDigest), "trending-mar11.txt").Papers.Take(2)).Should().Be(snapshot);
    }
}

/// <summary>Titles with format characters are shown as written in every message.</summary>
public class AssertionMessageTests
{
    private static readonly IReadOnlyList<Paper> Braces = DigestLoader.Parse(
        "2024-03-12\n\nThe {0} and {reason} Paper: {}\n\nNo code here.\n\n2024-03-11\n\nA {1} Later One\n\nB.", "d.txt").Papers;

    [Fact]
    public void A_title_with_braces_is_named_exactly_when_an_assertion_fails()
    {
        Paper paper = Braces[0];
        string name = "\"" + paper.ShortName + "\" (d.txt:3)";

        Message(() => paper.Should().HaveTopic("video")).Should().StartWith("Expected " + name + " to have topic \"video\", but its topics are");
        Message(() => paper.Should().HaveCodeLink()).Should().StartWith("Expected " + name + " to link to code, but its links are");
        Message(() => paper.Should().MentionAll("zebra")).Should().StartWith("Expected " + name + " to mention");
        Message(() => paper.Should().BeCitedAs(CitationStyle.Apa, "x")).Should().StartWith("Expected " + name + " to be cited in Apa as");
        Message(() => Braces.Should().BeOrderedByDate()).Should().Be(
            "Expected the papers in date order, but \"A {1} Later One\" (d.txt:9) dated 2024-03-11 comes after " + name + " dated 2024-03-12.");
    }

    [Fact]
    public void ContainPaper_takes_the_paper_itself()
    {
        Braces.Should().ContainPaper(Braces[1]);
        Message(() => Braces.Take(1).Should().ContainPaper(Braces[1])).Should().Be(
            "Expected the 1 papers to contain \"A {1} Later One\" (d.txt:9), but none has its id \"" + Braces[1].Id + "\".");
    }

    private static string Message(Action assertion) => FluentActions.Invoking(assertion).Should().Throw<XunitException>().Which.Message;
}
