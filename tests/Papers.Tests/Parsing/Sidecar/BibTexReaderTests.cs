using Papers.Parsing.Sidecar;

namespace Papers.Tests.Parsing.Sidecar;

/// <summary>The BibTeX reader under .bib sidecars: months, dates, eprints, names, and errors located.</summary>
public class BibTexReaderTests
{
    private static SidecarEntry One(string fields) => BibTexReader.Read("@misc{k, title = {T}, " + fields + "}").Single();

    [Theory]
    [InlineData("jan", 1)]
    [InlineData("feb", 2)]
    [InlineData("mar", 3)]
    [InlineData("apr", 4)]
    [InlineData("may", 5)]
    [InlineData("jun", 6)]
    [InlineData("jul", 7)]
    [InlineData("aug", 8)]
    [InlineData("sep", 9)]
    [InlineData("oct", 10)]
    [InlineData("nov", 11)]
    [InlineData("DEC", 12)]
    [InlineData("{March}", 3)]
    [InlineData("{dec.}", 12)]
    [InlineData("{7}", 7)]
    public void Month_macros_names_and_numbers_are_read(string month, int number) =>
        One($"year = 2024, month = {month}").Month.Should().Be(number);

    [Theory]
    [InlineData("date = {2024-03-11}", 2024, 3, 11)]
    [InlineData("date = {2024-03}", 2024, 3, null)]
    [InlineData("date = {2024}", 2024, null, null)]
    [InlineData("year = 2024, month = 1, day = 1", 2024, 1, 1)]
    [InlineData("year = 2024, month = 12, day = 31", 2024, 12, 31)]
    [InlineData("year = 2024, day = 5", 2024, null, null)]
    [InlineData("year = 2024, month = {Smarch}", 2024, null, null)]
    [InlineData("year = 2024, month = 0", null, null, null)]
    [InlineData("year = 2024, month = 13", null, null, null)]
    [InlineData("year = 2024, month = 3, day = 0", null, null, null)]
    [InlineData("year = 2024, month = 3, day = 32", null, null, null)]
    [InlineData("date = {2024-13-01}", null, null, null)]
    public void Dates_keep_what_is_possible_and_drop_an_impossible_month_or_day(string fields, int? year, int? month, int? day)
    {
        SidecarEntry entry = One(fields);
        (entry.Year, entry.Month, entry.Day).Should().Be((year, month, day));
    }

    [Theory]
    [InlineData("eprint = {2403.01234}", "2403.01234")]
    [InlineData("eprint = { 2403.01234 }, archivePrefix = {arXiv}", "2403.01234")]
    [InlineData("eprint = {2403.01234}, eprinttype = {arxiv}", "2403.01234")]
    [InlineData("eprint = {hal-0001}, archivePrefix = {HAL}", null)]
    [InlineData("eprint = {hal-0001}, eprinttype = {hal}", null)]
    public void An_eprint_is_an_arXiv_id_unless_its_archive_says_otherwise(string fields, string? id) =>
        One(fields).ArxivId.Should().Be(id);

    [Fact]
    public void Names_split_on_and_without_others_and_macros_expand()
    {
        var entries = BibTexReader.Read("""
            @preamble{ "\newcommand{\x}{y}" }
            @comment{ @misc{ignored, title = {No}} }
            @string{ team = "Doe, Jane" }
            @misc{key_with-odd:chars.1, title = "A " # {Title}, author = team # " and Smith, John and others", year = 2024}
            """);

        SidecarEntry entry = entries.Single();
        entry.Title.Should().Be("A Title");
        entry.Authors.Should().Equal("Doe, Jane", "Smith, John");
        entry.Year.Should().Be(2024);
    }

    [Theory]
    [InlineData("@ {x}", 1, "expected an entry type after '@'")]
    [InlineData("@misc x", 1, "expected '{' after '@misc'")]
    [InlineData("@misc{k, title = ", 1, "the file ends where a value was expected")]
    [InlineData("@misc{k, title = ]}", 1, "expected a value, found ']'")]
    [InlineData("@misc{k,\n title = \"abc}", 2, "this '\"' is never closed")]
    [InlineData("@misc{k, title = {a},", 1, "the entry that starts on line 1 is not closed")]
    [InlineData("@misc{k, title = {a}", 1, "expected ',' or '}' after the field 'title'")]
    [InlineData("@preamble{ \"x\" ", 1, "the file ends where '}' was expected")]
    [InlineData("@preamble{ \"x\" ]", 1, "expected '}', found ']'")]
    public void Errors_say_what_and_where(string bib, int line, string message)
    {
        SidecarSyntaxException error = FluentActions.Invoking(() => BibTexReader.Read(bib)).Should().Throw<SidecarSyntaxException>().Which;

        error.Message.Should().Contain(message);
        error.Line.Should().Be(line);
    }
}
