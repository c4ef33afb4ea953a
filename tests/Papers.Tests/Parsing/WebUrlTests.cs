using Papers.Parsing;

namespace Papers.Tests.Parsing;

public class WebUrlTests
{
    [Theory]
    [InlineData("http://example.org/a", true)]
    [InlineData("https://example.org/a?b=c#d", true)]
    [InlineData("HTTPS://EXAMPLE.ORG", true)]
    [InlineData("ftp://example.org/a", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("example.org/a", false)]
    [InlineData("https://example.org/a b", false)]
    [InlineData("https://example.org/a\"b", false)]
    [InlineData("https://example.org/{a}", false)]
    [InlineData("https://example.org/a\\b", false)]
    [InlineData("https://example.org/<a>", false)]
    public void Only_absolute_http_addresses_without_breaking_characters_are_kept(string url, bool valid) =>
        WebUrl.IsValid(url).Should().Be(valid);

    [Fact]
    public void An_address_of_up_to_8192_characters_is_kept_and_a_longer_one_is_not()
    {
        string prefix = "https://example.org/";
        WebUrl.IsValid(prefix + new string('a', 8192 - prefix.Length)).Should().BeTrue();
        WebUrl.IsValid(prefix + new string('a', 8193 - prefix.Length)).Should().BeFalse();
    }
}
