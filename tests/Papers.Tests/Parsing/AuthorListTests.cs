using Papers.Parsing;

namespace Papers.Tests.Parsing;

/// <summary>How an <c>Authors:</c> line becomes names: separators, "et al.", suffixes and affiliations.</summary>
public class AuthorListTests
{
    [Theory]
    [InlineData("Jane Doe, John Smith", new[] { "Jane Doe", "John Smith" })]
    [InlineData("Jane Doe and John Smith", new[] { "Jane Doe", "John Smith" })]
    [InlineData("Jane Doe, and John Smith", new[] { "Jane Doe", "John Smith" })]
    [InlineData("Doe, J.; Smith, J.", new[] { "Doe, J.", "Smith, J." })]
    [InlineData(";Doe, J.", new[] { "Doe, J." })]
    [InlineData("Doe, J.; ; et al.", new[] { "Doe, J." })]
    [InlineData("Doe, J.; others", new[] { "Doe, J." })]
    [InlineData("Jane Doe, et al", new[] { "Jane Doe" })]
    [InlineData("Jane Doe, et al.", new[] { "Jane Doe" })]
    [InlineData("Jane Doe, et. al.", new[] { "Jane Doe" })]
    [InlineData("Jane Doe and others", new[] { "Jane Doe" })]
    [InlineData("Jane Doe, et alii", new[] { "Jane Doe" })]
    public void People_are_split_and_et_al_dropped(string line, string[] expected) =>
        AuthorList.Split(line).Should().Equal(expected);

    [Theory]
    [InlineData("John Smith, Jr.", "John Smith, Jr.")]
    [InlineData("John Smith, Jr", "John Smith, Jr")]
    [InlineData("John Smith, Sr.", "John Smith, Sr.")]
    [InlineData("John Smith, Sr", "John Smith, Sr")]
    [InlineData("John Smith, II", "John Smith, II")]
    [InlineData("John Smith, III", "John Smith, III")]
    [InlineData("John Smith, IV", "John Smith, IV")]
    public void A_suffix_stays_with_the_name_before_it(string line, string name)
    {
        AuthorList.Split(line + ", Jane Doe").Should().Equal(name, "Jane Doe");
        AuthorList.IsSuffix(name.Split(", ")[1]).Should().BeTrue();
    }

    [Fact]
    public void A_suffix_with_no_name_before_it_is_a_name_and_other_words_are_no_suffix()
    {
        AuthorList.Split("Jr., Jane Doe").Should().Equal("Jr.", "Jane Doe");
        AuthorList.IsSuffix("V").Should().BeFalse();
        AuthorList.IsSuffix("Junior").Should().BeFalse();
    }

    [Theory]
    [InlineData("Jane Doe (Oxford), John Smith (1,2)", new[] { "Jane Doe", "John Smith" })]
    [InlineData("Jane Doe ((1) Univ. of X), John Smith", new[] { "Jane Doe", "John Smith" })]
    [InlineData("Jane Doe) , John Smith", new[] { "Jane Doe)", "John Smith" })]
    [InlineData("Jane Doe (Univ, cut off", new[] { "Jane Doe" })]
    [InlineData("Jane   \t Doe", new[] { "Jane Doe" })]
    public void Affiliations_in_parentheses_are_dropped_and_spaces_collapse(string line, string[] expected) =>
        AuthorList.Split(line).Should().Equal(expected);
}
