using Papers.Linq;
using Papers.Query;

namespace Papers.Tests.Query;

public class PaperQueryTests
{
    [Theory]
    [InlineData("masked", "masked")]
    [InlineData("  masked   video ", "masked video")]
    [InlineData("\"masked video\"", "\"masked video\"")]
    [InlineData("a OR b c", "a OR b c")]
    [InlineData("(a OR b) c", "(a OR b) c")]
    [InlineData("-survey", "-survey")]
    [InlineData("-(a OR b)", "-(a OR b)")]
    [InlineData("title:MAE abstract:\"video tokens\"", "title:MAE abstract:\"video tokens\"")]
    [InlineData("topic:multimodal has:code link:github.com", "topic:multimodal has:code link:github.com")]
    [InlineData("date:2024-03-01..2024-03-15 id:2403.01234", "date:2024-03-01..2024-03-15 id:2403.01234")]
    [InlineData("TITLE:x", "title:x")]
    [InlineData("\"say \\\"hi\\\"\"", "\"say \\\"hi\\\"\"")]
    [InlineData("", "")]
    public void Queries_round_trip_through_ToString(string text, string normalised)
    {
        PaperQuery query = PaperQuery.Parse(text);
        query.ToString().Should().Be(normalised);
        PaperQuery.Parse(query.ToString()).ToString().Should().Be(normalised);
    }

    [Theory]
    [InlineData("topic:multimodal has:code )", "unexpected ')'", 27)]
    [InlineData("(a OR b", "missing ')' for the '(' opened", 1)]
    [InlineData("\"open phrase", "missing '\"' to close the phrase opened", 1)]
    [InlineData("foo:bar", "unknown field 'foo' (expected title, abstract, topic, has, link, date, id)", 1)]
    [InlineData("a OR", "expected a term after 'OR'", 3)]
    [InlineData("a OR OR b", "expected a term after 'OR'", 3)]
    [InlineData("a -", "expected a term after '-'", 3)]
    [InlineData("topic:", "expected a value after 'topic:'", 1)]
    [InlineData("has:money", "unknown value 'money' for 'has:' (expected code, links, abstract, authors, arxiv, doi, date)", 5)]
    [InlineData("date:2024-13-01", "'2024-13-01' is not a date (expected yyyy-MM-dd)", 6)]
    [InlineData("date:2024-03-15..2024-03-01", "the date range '2024-03-15..2024-03-01' ends before it starts", 6)]
    [InlineData("()", "empty parentheses", 1)]
    [InlineData("a \"\"", "empty phrase", 3)]
    [InlineData("a b)", "unexpected ')'", 4)]
    [InlineData(")", "unexpected ')'", 1)]
    [InlineData("(a) )", "unexpected ')'", 5)]
    [InlineData("date:2024-03-01..2024-3-x", "'2024-3-x' is not a date (expected yyyy-MM-dd)", 18)]
    [InlineData("date:24-03-01", "'24-03-01' is not a date (expected yyyy-MM-dd)", 6)]
    [InlineData("t1tle:x", "unknown field 't1tle' (expected title, abstract, topic, has, link, date, id)", 1)]
    public void Errors_say_what_and_where(string text, string problem, int column)
    {
        var error = FluentActions.Invoking(() => PaperQuery.Parse(text)).Should().Throw<QueryParseException>().Which;
        error.Problem.Should().Be(problem);
        error.Column.Should().Be(column);
        error.Message.Should().Be($"{problem} at column {column}");
    }

    [Fact]
    public void Null_is_an_argument_error_and_huge_queries_are_refused()
    {
        FluentActions.Invoking(() => PaperQuery.Parse(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => PaperQuery.Parse(new string('a', PaperQuery.MaxLength + 1))).Should().Throw<QueryParseException>();
        FluentActions.Invoking(() => PaperQuery.Parse(new string('(', 1000) + "a" + new string(')', 1000))).Should().Throw<QueryParseException>()
            .Which.Problem.Should().Be("the query nests too deeply");
        FluentActions.Invoking(() => PaperQuery.Parse(new string('-', 4000) + "a")).Should().Throw<QueryParseException>()
            .Which.Problem.Should().Be("the query nests too deeply", "a chain of '-' is nesting too, bounded like parentheses");
        PaperQuery.Parse(new string('-', 60) + "a").ToString().Should().Be(new string('-', 60) + "a");
    }

    [Fact]
    public void Date_ranges_include_both_ends_and_a_single_day_is_a_range_of_one()
    {
        var papers = DigestLoader.Parse("2024-03-01\n\nFirst\n\nA.\n\n2024-03-02\n\nSecond\n\nB.\n\n2024-03-03\n\nThird\n\nC.\n\nMar 4\n\nUndated\n\nD.").Papers;

        papers.Matching("date:2024-03-01..2024-03-02").Select(p => p.Title).Should().Equal("First", "Second");
        papers.Matching("date:2024-03-02..2024-03-03").Select(p => p.Title).Should().Equal("Second", "Third");
        papers.Matching("date:2024-03-02").Select(p => p.Title).Should().Equal("Second");
        papers.Matching("date:2024-03-02..2024-03-02").Select(p => p.Title).Should().Equal("Second");
        papers.Matching("-date:2024-03-01..2024-03-03").Select(p => p.Title).Should().Equal(new[] { "Undated" }, "a date without a year is in no range");
    }

    [Theory]
    [InlineData("title:mae", "(term Title mae)")]
    [InlineData("title:\"masked video\"", "(phrase Title masked video)")]
    [InlineData("abstract:mae", "(term Abstract mae)")]
    [InlineData("abstract:\"masked video\"", "(phrase Abstract masked video)")]
    [InlineData("mae", "(term Any mae)")]
    [InlineData(":x", "(term Any :x)")]
    [InlineData("a b", "(and)")]
    [InlineData("a OR b", "(or)")]
    [InlineData("(a)", "(term Any a)")]
    public void Fields_and_groups_make_the_nodes_they_name(string text, string node)
    {
        QueryNode root = PaperQuery.Parse(text).Root;

        string shape = root switch
        {
            PhraseNode p => $"(phrase {p.Field} {p.Text})",
            TermNode t => $"(term {t.Field} {t.Text})",
            AndNode => "(and)",
            OrNode => "(or)",
            _ => root.GetType().Name,
        };
        shape.Should().Be(node);
    }

    [Fact]
    public void OR_is_a_keyword_only_as_a_whole_word_in_capitals()
    {
        PaperQuery.Parse("a OR(b)").Root.Should().BeOfType<OrNode>();
        PaperQuery.Parse("a or b").Root.Should().BeOfType<AndNode>().Which.Operands.Should().HaveCount(3);
        PaperQuery.Parse("ORACLE").Root.Should().BeOfType<TermNode>().Which.Text.Should().Be("ORACLE");
        PaperQuery.Parse("OR\"x\"").Root.Should().BeOfType<AndNode>();
        PaperQuery.Parse("OR\"x\"").ToString().Should().Be("(OR) \"x\"");
        PaperQuery.Parse("title:OR").ToString().Should().Be("title:OR");
    }

    [Theory]
    [InlineData("topic:\"a b\"", "topic:\"a b\"")]
    [InlineData("topic:a:b", "topic:\"a:b\"")]
    [InlineData("link:x\\y", "link:\"x\\\\y\"")]
    [InlineData("(a OR b) OR c", "(a OR b) OR c")]
    [InlineData("a (b OR c)", "a (b OR c)")]
    public void Filter_values_and_nested_groups_print_so_they_parse_back(string text, string printed)
    {
        PaperQuery.Parse(text).ToString().Should().Be(printed);
    }

    [Fact]
    public void TryParse_reports_instead_of_throwing()
    {
        PaperQuery.TryParse("a )", out var query, out var error).Should().BeFalse();
        query.Should().BeNull();
        error!.Column.Should().Be(3);
        PaperQuery.TryParse("a", out query, out error).Should().BeTrue();
        query!.ToString().Should().Be("a");
        error.Should().BeNull();
    }

    [Fact]
    public void A_random_walk_of_query_text_never_throws_anything_but_a_positioned_error()
    {
        var random = new Random(1234);
        const string alphabet = "ab OR()-\":title:topic:has:codedate:2024-03-01..x \\é";
        for (int i = 0; i < 5000; i++)
        {
            string text = new(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (PaperQuery.TryParse(text, out var query, out var error))
            {
                PaperQuery.Parse(query!.ToString()).ToString().Should().Be(query.ToString(), $"'{text}' round-trips");
            }
            else
            {
                error!.Column.Should().BeInRange(1, text.Length + 1, $"'{text}'");
            }
        }
    }
}
