using System.Text.RegularExpressions;
using CsCheck;
using Papers.Parsing;

namespace Papers.Tests.Parsing;

public class LinkExtractorTests
{
    [Theory]
    [InlineData("Code at https://github.com/a/b.", "https://github.com/a/b")]
    [InlineData("see https://github.com/zahrag/BIOSCAN-5M}", "https://github.com/zahrag/BIOSCAN-5M")]
    [InlineData("(https://example.org/x), and more", "https://example.org/x")]
    [InlineData("https://en.wikipedia.org/wiki/Foo_(bar).", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("at \\url{https://github.com/a/b}.", "https://github.com/a/b")]
    [InlineData("\"https://a.org/q?x=1&y=2\";", "https://a.org/q?x=1&y=2")]
    [InlineData("HTTP://Example.COM/Path:", "HTTP://Example.COM/Path")]
    public void Trailing_punctuation_and_TeX_are_not_part_of_a_link(string text, string url)
    {
        LinkExtractor.Extract(text).Should().ContainSingle().Which.Url.Should().Be(url);
    }

    [Theory]
    [InlineData("https://github.com/a/b", LinkKind.Code)]
    [InlineData("https://www.gitlab.com/a/b", LinkKind.Code)]
    [InlineData("https://huggingface.co/datasets/x", LinkKind.ModelOrDataset)]
    [InlineData("https://zenodo.org/record/1", LinkKind.ModelOrDataset)]
    [InlineData("https://someone.github.io/project", LinkKind.ProjectPage)]
    [InlineData("https://sites.google.com/view/x", LinkKind.ProjectPage)]
    [InlineData("https://rb.gy/ws1ile", LinkKind.Other)]
    [InlineData("https://notgithub.com/a", LinkKind.Other)]
    public void Links_are_classified_by_host(string url, LinkKind kind)
    {
        LinkExtractor.Classify(url).Should().Be(kind);
    }

    [Fact]
    public void Text_without_links_has_none_and_bare_schemes_are_ignored()
    {
        LinkExtractor.Extract("no links here").Should().BeEmpty();
        LinkExtractor.Extract("just https:// and http://.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("ftp://host/http://inner.org/x", "http://inner.org/x")]
    [InlineData("xhttps://a.org", "https://a.org")]
    [InlineData("httpss://a.org then HtTp://b.org", "HtTp://b.org")]
    public void A_link_is_found_wherever_its_scheme_starts(string text, string url)
    {
        LinkExtractor.Extract(text).Should().ContainSingle().Which.Url.Should().Be(url);
    }

    // The scanner replaced this pattern; on any text it must find the same runs.
    private static readonly Regex Reference = new(@"https?://[^\s<>""'`\\]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [Fact]
    public void The_scanner_finds_what_the_reference_pattern_finds()
    {
        Gen<string> piece = Gen.OneOf(
            Gen.Const("http"), Gen.Const("https"), Gen.Const("HTTPS"), Gen.Const("://"), Gen.Const("ftp"), Gen.Const("s"),
            Gen.Const("a.org/"), Gen.Const("x"), Gen.Char[" \t\n<>\"'`\\.,;:)(}{]\u00A0\u2028"].Select(c => c.ToString()));
        piece.Array[0, 30].Select(parts => string.Concat(parts)).Sample(text =>
        {
            var expected = Reference.Matches(text).Select(m => LinkExtractor.Extract(m.Value).SingleOrDefault()?.Url).OfType<string>();
            LinkExtractor.Extract(text).Select(l => l.Url).Should().Equal(expected, text);
        }, iter: 5000);
    }

    [Fact]
    public void A_hostile_run_of_closing_brackets_is_handled_in_linear_time()
    {
        string text = "https://a.org/" + new string(')', 1_000_000);
        LinkExtractor.Extract(text).Should().BeEmpty("a match longer than the URL limit is not a link");
    }
}
