using System.Globalization;
using System.Text;
using CsCheck;
using Papers.Query;
using Papers.Tests.Shared;

namespace Papers.Tests.Hardening;

/// <summary>Property-based: whatever the text, the parser and the query parser answer, never throw.</summary>
public class ParserPropertyTests
{
    // Characters that stress a parser: line breaks of every kind, quotes, braces, bidi and control characters, surrogates.
    private static readonly Gen<char> Nasty = Gen.OneOf(
        Gen.Char,
        Gen.Char["\r\n \t:-().\"'\\{}$#<>&`*/|"],
        Gen.Char['\u2028', '\u2029'],
        Gen.Char['\u202A', '\u202E'],
        Gen.Const('\0'),
        Gen.Const('\uD800'),
        Gen.Const('\uFEFF'));

    private static readonly Gen<string> NastyText = Nasty.Array[0, 400].Select(chars => new string(chars));

    // Digest-shaped text: blocks of random lines separated by blank lines, sometimes with a date line.
    private static readonly Gen<string> DigestText =
        Gen.OneOf(NastyText, Gen.Const("Mar 11"), Gen.Const("2024-03-11"), Gen.Const("Authors: A. One\narXiv: 2403.01234"))
            .Array[0, 12]
            .Select(blocks => string.Join("\n\n", blocks));

    [Fact]
    public void The_digest_parser_never_throws_and_points_every_paper_and_diagnostic_at_its_line()
    {
        int papers = 0;
        DigestText.Sample(text =>
        {
            string[] lines = text.Split(["\r\n", "\r", "\n"], StringSplitOptions.None);
            DigestLoadResult result = DigestLoader.Parse(text);
            foreach (Paper paper in result.Papers)
            {
                paper.Source.Line.Should().BeInRange(1, lines.Length);
                string line = lines[paper.Source.Line - 1];
                line = paper.Source.Line == 1 && line.StartsWith('\uFEFF') ? line[1..] : line; // one leading BOM is dropped
                string first = line.Trim(' ', '\t', '\f', '\v');
                first.Should().NotBeEmpty("a title line is never blank");
                paper.Title.Should().StartWith(first, "the paper points at its title's first line");
                Interlocked.Increment(ref papers);
            }

            result.Diagnostics.Should().NotContain(d => d.Line < 1 || d.Line > lines.Length || d.Column < 1 || !d.Id.StartsWith("PAPER", StringComparison.Ordinal));
        }, iter: 3000);

        papers.Should().BeGreaterThan(1000, "the generator makes digests with papers, not only noise");
    }

    [Fact]
    public void Arbitrary_bytes_on_disk_give_papers_or_diagnostics_never_an_exception()
    {
        using var temp = new TempFolder("papers-bytes-");
        string dir = temp.Path;
        Gen.Byte.Array[0, 600].Sample(bytes =>
        {
            string file = Path.Combine(dir, "d.txt");
            File.WriteAllBytes(file, bytes);
            DigestLoadResult result = DigestLoader.Load(file);
            (result.Papers.Count + result.Diagnostics.Count).Should().BeGreaterThan(0);
        }, iter: 1000, threads: 1);
    }

    [Fact]
    public void Titles_and_abstracts_come_back_exactly()
    {
        Gen<string> line = Nasty.Where(c => c != '\r' && c != '\n').Array[1, 80].Select(c => new string(c).Trim(' ', '\t', '\f', '\v'))
            .Where(s => s.Length > 0);
        int checkedCases = 0;
        Gen.Select(line, line).Sample((title, abstractText) =>
        {
            var result = DigestLoader.Parse($"Mar 11\n\n{title}\n\nThe abstract starts here and has two sentences. {abstractText}.");
            if (result.Diagnostics.Count == 0)
            {
                result.Papers.Should().ContainSingle().Which.Title.Should().Be(title);
                result.Papers[0].Abstract.Should().Be($"The abstract starts here and has two sentences. {abstractText}.");
                Interlocked.Increment(ref checkedCases);
            }
        }, iter: 3000);

        checkedCases.Should().BeGreaterThan(1500, "most cases are well-formed digests and must reach the exact comparison");
    }

    [Theory]
    [InlineData("title:a:b")]
    [InlineData("a\\b")]
    [InlineData("title:OR")]
    [InlineData("title:-x")]
    [InlineData("(a OR b) OR c")]
    [InlineData("a OR (b OR c)")]
    [InlineData("(a b) c")]
    [InlineData("-(-x) --y")]
    [InlineData("OR\"x\"")]
    [InlineData("topic:\"a b\" topic:a:b has:CODE")]
    [InlineData("\"say \\\"hi\\\"\" title:\"x y\"")]
    public void A_printed_query_parses_back_to_the_same_tree(string text)
    {
        PaperQuery query = PaperQuery.Parse(text);

        Tree(PaperQuery.Parse(query.ToString()).Root).Should().Be(Tree(query.Root), $"printed as '{query}'");
    }

    // The tree as an S-expression: node kinds, fields and texts, nothing of the printing.
    private static string Tree(QueryNode node) => node switch
    {
        PhraseNode p => $"(phrase {p.Field} [{p.Text}])",
        TermNode t => $"(term {t.Field} [{t.Text}])",
        FilterNode f => $"(filter {f.FieldName} [{f.Value}])",
        NotNode n => $"(not {Tree(n.Operand)})",
        AndNode a => "(and " + string.Join(" ", a.Operands.Select(Tree)) + ")",
        OrNode o => "(or " + string.Join(" ", o.Operands.Select(Tree)) + ")",
        _ => "(all)",
    };

    [Fact]
    public void The_query_parser_returns_a_query_or_a_positioned_error()
    {
        Gen<string> queries = Gen.OneOf(
            NastyText,
            Gen.OneOf(Gen.Const("a"), Gen.Const("OR"), Gen.Const("("), Gen.Const(")"), Gen.Const("-"), Gen.Const("\""), Gen.Const("title:"),
                Gen.Const("topic:x"), Gen.Const("has:code"), Gen.Const("date:2024-03-01..2024-03-02"), Gen.Const(" "),
                Gen.Const("title:a:b"), Gen.Const("\\"), Gen.Const("title:-"), Gen.Const("abstract:"), Gen.Const(":"))
                .Array[0, 20].Select(parts => string.Concat(parts)));
        queries.Sample(text =>
        {
            if (PaperQuery.TryParse(text, out PaperQuery? query, out QueryParseException? error))
            {
                // parse ∘ print ∘ parse = parse: the printed form is the same tree, not only the same text.
                Tree(PaperQuery.Parse(query!.ToString()).Root).Should().Be(Tree(query.Root), $"'{text}' printed as '{query}'");
            }
            else
            {
                error!.Column.Should().BeInRange(1, text.Length + 1);
                error.Message.Should().EndWith(" at column " + error.Column.ToString(CultureInfo.InvariantCulture));
            }
        }, iter: 5000);
    }
}
