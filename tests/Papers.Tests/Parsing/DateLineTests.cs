using Papers.Parsing;

namespace Papers.Tests.Parsing;

public class DateLineTests
{
    [Theory]
    [InlineData("Mar 11", null, 3, 11)]
    [InlineData("March 11", null, 3, 11)]
    [InlineData("Mar. 11", null, 3, 11)]
    [InlineData("Mar 11, 2024", 2024, 3, 11)]
    [InlineData("Mar 11 2024", 2024, 3, 11)]
    [InlineData("11 Mar 2024", 2024, 3, 11)]
    [InlineData("11 March", null, 3, 11)]
    [InlineData("2024-03-11", 2024, 3, 11)]
    [InlineData("Sept 3", null, 9, 3)]
    [InlineData("Feb 29", null, 2, 29)]
    [InlineData("DEC 1st", null, 12, 1)]
    public void These_are_dates(string text, int? year, int month, int day)
    {
        DateLine.TryParse(text, out PaperDate date).Should().Be(DateLine.Kind.Date);
        date.Should().Be(new PaperDate(year, month, day));
    }

    [Theory]
    [InlineData("Llama 3")]
    [InlineData("Mar 11 was a good day for papers")]
    [InlineData("2024")]
    [InlineData("E-ViLM: Efficient")]
    public void These_are_not(string text)
    {
        DateLine.TryParse(text, out _).Should().Be(DateLine.Kind.NotADate);
    }

    [Fact]
    public void The_year_comes_from_the_text_then_the_metadata_then_the_file_name()
    {
        DigestLoader.Parse("Mar 11, 2023\n\nT\n\nA.", "2024-03-11.txt", new DigestLoadOptions { Year = 2022 }).Papers[0].Date.Should().Be(new PaperDate(2023, 3, 11));
        DigestLoader.Parse("Mar 11\n\nT\n\nA.", "digests/2024-03-11.txt", new DigestLoadOptions { Year = 2022 }).Papers[0].Date.Should().Be(new PaperDate(2022, 3, 11));
        DigestLoader.Parse("Mar 11\n\nT\n\nA.", "digests/daily-2024-03-11.txt").Papers[0].Date.Should().Be(new PaperDate(2024, 3, 11));
        DigestLoader.Parse("Mar 11\n\nT\n\nA.", "2024/trending-mar11.txt").Papers[0].Date!.Value.Year.Should().BeNull();
    }

    [Fact]
    public void Feb_29_without_a_year_stays_unknown_when_the_hinted_year_is_not_leap()
    {
        DigestLoader.Parse("Feb 29\n\nT\n\nA.", "d.txt", new DigestLoadOptions { Year = 2023 }).Papers[0].Date.Should().Be(new PaperDate(null, 2, 29));
    }

    [Fact]
    public void Dates_order_and_print_invariantly()
    {
        new PaperDate(2024, 3, 11).ToString().Should().Be("2024-03-11");
        new PaperDate(null, 12, 1).ToString().Should().Be("Dec 1 (year unknown)");
        new PaperDate(2024, 1, 2).CompareTo(new PaperDate(2023, 12, 31)).Should().BePositive();
        FluentActions.Invoking(() => new PaperDate(2023, 2, 29)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_comparison_operators_follow_CompareTo()
    {
        PaperDate early = new(2024, 3, 10), late = new(2024, 3, 11), unknown = new(null, 12, 31);
        PaperDate sameAsEarly = new(2024, 3, 10), sameAsLate = new(2024, 3, 11);

        (early < late).Should().BeTrue();
        (late < early).Should().BeFalse();
        (early <= sameAsEarly).Should().BeTrue();
        (late <= early).Should().BeFalse();
        (late > early).Should().BeTrue();
        (early > sameAsEarly).Should().BeFalse();
        (late >= sameAsLate).Should().BeTrue();
        (early >= late).Should().BeFalse();
        (unknown < early).Should().BeTrue("an unknown year orders first");
    }

    [Theory]
    [InlineData("Mrz 11")]
    [InlineData("Sepx 3")]
    [InlineData("Marhc 11")]
    [InlineData("Febuary 2")]
    [InlineData("Mar 32")]
    public void Misspelt_or_impossible_dates_are_invalid_not_prose(string text) =>
        DateLine.TryParse(text, out _).Should().Be(DateLine.Kind.Invalid);

    [Theory]
    [InlineData("Llama 3")]
    [InlineData("Gemini 15")]
    [InlineData("Decoding 2")]
    [InlineData("Qwen 2")]
    public void Titles_that_end_in_a_number_are_not_dates(string text) =>
        DateLine.TryParse(text, out _).Should().Be(DateLine.Kind.NotADate);

    [Theory]
    [InlineData("digests/2024-03-11.txt", 2024)]
    [InlineData("digests\\2023-12-31-trending.txt", 2023)]
    [InlineData("2024-03-11/notes.txt", null)]
    [InlineData("digests/2023-02-29.txt", null)]
    [InlineData("trending.txt", null)]
    public void Only_a_real_date_in_the_file_name_hints_the_year(string path, int? year) =>
        DateLine.YearFromFileName(path).Should().Be(year);
}
