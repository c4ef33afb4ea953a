using Papers.Parsing.Sidecar;

namespace Papers.Tests.Parsing.Sidecar;

/// <summary>A sidecar record obeys the rules a digest's metadata does: a bad value is dropped with PAPER011 at the record.</summary>
public class SidecarValidationTests
{
    [Theory]
    [InlineData(999, false)]
    [InlineData(1000, true)]
    [InlineData(9999, true)]
    [InlineData(10000, false)]
    public void Years_from_1000_to_9999_are_kept(int year, bool kept)
    {
        SidecarFile file = SidecarFile.Parse($"@misc{{a, title = {{T}}, year = {year}}}", "refs.bib");

        file.Entries.Single().Year.Should().Be(kept ? year : null);
        if (kept)
        {
            file.Diagnostics.Should().BeEmpty();
        }
        else
        {
            file.Diagnostics.Should().ContainSingle(d => d.Id == "PAPER011" && d.Line == 1);
        }
    }

    [Fact]
    public void An_id_that_is_no_arXiv_id_is_dropped_and_reported()
    {
        SidecarFile file = SidecarFile.Parse("@misc{a, title = {T}, eprint = {not-an-id}}", "refs.bib");

        file.Entries.Single().ArxivId.Should().BeNull();
        file.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("'not-an-id'").And.Contain("not an arXiv id");
    }

    [Fact]
    public void A_good_id_is_kept_without_a_warning_and_an_id_in_the_URL_counts()
    {
        SidecarFile.Parse("@misc{a, title = {T}, eprint = {2403.01234v2}}", "refs.bib").Diagnostics.Should().BeEmpty();
        SidecarFile file = SidecarFile.Parse("@misc{a, title = {T}, url = {https://arxiv.org/abs/2403.01234}}", "refs.bib");

        file.Entries.Single().ArxivId.Should().Be("2403.01234");
        file.Diagnostics.Should().BeEmpty();
    }
}
