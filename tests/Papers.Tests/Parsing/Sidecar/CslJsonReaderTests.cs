using Papers.Parsing.Sidecar;

namespace Papers.Tests.Parsing.Sidecar;

/// <summary>What a CSL-JSON sidecar gives: title, DOI, URL, arXiv number, authors and the issued date.</summary>
public class CslJsonReaderTests
{
    [Fact]
    public void An_item_gives_its_fields_trimmed()
    {
        SidecarEntry entry = CslJsonReader.Read("""
            [{ "title": " A Title ", "DOI": "10.1/x", "URL": "https://example.org", "number": "arXiv: 2403.01234",
               "author": [{ "family": "Doe", "given": "Jane" }, { "non-dropping-particle": "van", "family": "Dijk" },
                          { "literal": "The Team" }, { "given": "Only Given" }, "not an object"],
               "issued": { "date-parts": [[2024, 3, 11]] } }]
            """).Single();

        entry.Title.Should().Be("A Title");
        entry.Doi.Should().Be("10.1/x");
        entry.Url.Should().Be("https://example.org");
        entry.ArxivId.Should().Be("2403.01234");
        entry.Authors.Should().Equal("Doe, Jane", "van Dijk", "{The Team}");
        (entry.Year, entry.Month, entry.Day).Should().Be((2024, 3, 11));
    }

    [Fact]
    public void One_object_without_an_array_is_one_item_and_blank_fields_are_absent()
    {
        SidecarEntry entry = CslJsonReader.Read("""{ "title": "   ", "DOI": "", "number": "ARXIV:2403.1" }""").Single();

        entry.Title.Should().BeNull();
        entry.Doi.Should().BeNull();
        entry.Url.Should().BeNull();
        entry.ArxivId.Should().Be("2403.1", "the prefix is matched without case");
    }

    [Fact]
    public void A_number_that_is_no_arXiv_id_is_not_taken()
    {
        CslJsonReader.Read("""[{ "number": "12345" }]""").Single().ArxivId.Should().BeNull();
    }

    [Fact]
    public void An_item_that_is_not_an_object_is_an_error_naming_its_position()
    {
        FluentActions.Invoking(() => CslJsonReader.Read("""[{ "title": "A" }, 3]"""))
            .Should().Throw<SidecarSyntaxException>().WithMessage("item 2 is not a JSON object.");
    }

    [Theory]
    [InlineData("[[2024]]", 2024, null, null)]
    [InlineData("[[\"2024\", \"3\", \"11\"]]", 2024, 3, 11)]
    [InlineData("[[2024, 13, 1]]", 2024, null, null)]
    [InlineData("[[2024, 3, 32]]", 2024, 3, null)]
    [InlineData("[[2024.5, 3]]", null, null, null)]
    [InlineData("[[3000000000]]", null, null, null)]
    [InlineData("[[-2147483648]]", int.MinValue, null, null)]
    [InlineData("[[2147483647]]", int.MaxValue, null, null)]
    [InlineData("[[true]]", null, null, null)]
    [InlineData("[]", null, null, null)]
    [InlineData("[2024]", null, null, null)]
    public void The_issued_date_takes_whole_numbers_and_only_real_months_and_days(string dateParts, int? year, int? month, int? day)
    {
        SidecarEntry entry = CslJsonReader.Read("""[{ "title": "A", "issued": { "date-parts": """ + dateParts + " } }]").Single();

        (entry.Year, entry.Month, entry.Day).Should().Be((year, month, day));
    }
}
