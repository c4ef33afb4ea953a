using FluentAssertions;
using Papers;
using Papers.Citations;
using Papers.Testing;
using Xunit;

namespace Reading.Tests;

public class ReadingListTests
{
    public static IEnumerable<object[]> Cited => PaperTheoryData.Ids(Lists.Cited);

    [Theory]
    [MemberData(nameof(Cited))]
    public void Every_paper_we_cite_has_a_code_link(string id) =>
        PaperTheoryData.Find(PaperCatalog.All, id).Should().HaveCodeLink();

    // [PaperId]: the build checks each row against the Reading library's catalog (PAPER018 for a typo).
    [Theory]
    [InlineData(PaperIds.BIOSCAN5M)]
    [InlineData(PaperIds.UNITER)]
    [InlineData("BIOSCAN-5M")]
    public void The_multimodal_list_still_has_these_papers([PaperId] string id) =>
        Lists.MultimodalWithCode.Should().ContainPaper(id);

    [Fact]
    public void The_catalog_is_whole() =>
        PaperCatalog.All.Should().AllHaveAbstracts().And.HaveCount(70);

    [Fact]
    public void Topics_are_as_reviewed() =>
        PaperCatalog.BIOSCAN5M.Should().HaveTopic("multimodal").And.MentionAll("insect", "DNA");

    [Fact]
    public void The_cited_list_renders_the_same_as_last_time() =>
        PaperSnapshot.Render(Lists.Cited).Should().Contain("# bioscan-5m-a-multimodal-dataset-for-insect-biodiversity\n")
            .And.Contain("link:   https://github.com/zahrag/BIOSCAN-5M (Code)\n");

    [Fact]
    public void Our_bibliography_is_stable()
    {
        PaperCatalog.Yi.Should().BeCitedAs(CitationStyle.Apa, "Yi: Open Foundation Models by 01.AI. (n.d.).");
        Lists.Cited.ToBibliography(CitationStyle.Ieee).Should().StartWith("[1] “");
    }
}
