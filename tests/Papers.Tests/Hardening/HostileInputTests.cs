using System.Text;
using Papers.Citations;
using Papers.Parsing;
using Papers.Parsing.Sidecar;
using Papers.Similarity;
using Papers.Tests.Shared;
using Papers.Text;

namespace Papers.Tests.Hardening;

/// <summary>
/// The findings of the second hostile-input round (issue 14), one case each: nothing recurses without a bound,
/// nothing rescans, nothing from a sidecar becomes an id or an unsafe link, and memory is bounded by the limits.
/// </summary>
[Collection(GrowthCollection.Name)]
public class HostileInputTests
{
    [Fact]
    public void A_hundred_thousand_stacked_accents_decode_without_recursion()
    {
        string name = HostileInputs.StackedAccents(100_000) + " Doe";

        string decoded = TexText.ToUnicode(name).Normalize(NormalizationForm.FormD);

        (decoded[0], decoded[^4..]).Should().Be(('e', " Doe"));
        decoded.Count(c => c == '\u0301').Should().Be(100_000, "every accent is kept, none is lost");
        PersonName.Parse(name).Family.Should().Be("Doe");
    }

    [Theory]
    [InlineData("\\'{\\\"{u}}", "ǘ")]
    [InlineData("\\\"{\\i}", "ı\u0308")]
    [InlineData("\\v{S}", "Š")]
    [InlineData("\\'\\\"u", "ǘ")]
    [InlineData("Erd\\H{o}s", "Erdős")]
    [InlineData("\\'{}x", "x")]
    [InlineData("\\'{\\'{}}x", "\u0301x")]
    public void Stacked_accents_decode_as_before(string tex, string unicode)
    {
        TexText.ToUnicode(tex).Should().Be(unicode.Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void Stacked_accents_decode_in_linear_time()
    {
        Growth.ShouldBeLinear(n => { string text = HostileInputs.StackedAccents(n); return () => TexText.ToUnicode(text); }, 50_000, "stacked accents");
    }

    [Fact]
    public void Dashes_and_quotes_are_found_in_linear_time()
    {
        Growth.ShouldBeLinear(n => { string text = string.Concat(Enumerable.Repeat("a-b'", n)); return () => TexText.HasTex(text); }, 200_000, "TexText.HasTex");
    }

    [Fact]
    public void Separators_without_a_scheme_are_skipped_in_linear_time()
    {
        Growth.ShouldBeLinear(n => { string text = string.Concat(Enumerable.Repeat("x://", n)); return () => LinkExtractor.Extract(text); }, 100_000, "x:// repeated");
        LinkExtractor.Extract(string.Concat(Enumerable.Repeat("x://", 1000)) + "https://github.com/a/b")
            .Should().ContainSingle().Which.Url.Should().Be("https://github.com/a/b");
    }

    [Fact]
    public void Closing_brackets_at_the_end_of_links_are_trimmed_in_linear_time()
    {
        Growth.ShouldBeLinear(
            n => { string text = string.Concat(Enumerable.Repeat("https://a.org/" + new string(')', 2000) + " ", n)); return () => LinkExtractor.Extract(text); },
            100,
            "links ending in 2,000 ')'");
        LinkExtractor.Extract("see https://en.wikipedia.org/wiki/Foo_(bar)).").Single().Url.Should().Be("https://en.wikipedia.org/wiki/Foo_(bar)");
    }

    [Fact]
    public void Colliding_member_names_are_numbered_in_linear_time()
    {
        Growth.ShouldBeLinear(
            n =>
            {
                var text = new StringBuilder("Mar 11\n\n");
                for (int i = 0; i < n; i++)
                {
                    text.Append("Foo: variant ").Append(i).Append(" of a thing\n\nAbstract.\n\n");
                }

                string digest = text.ToString();
                return () => DigestLoader.Parse(digest);
            },
            5_000,
            "colliding names");

        var papers = DigestLoader.Parse("Mar 11\n\nFoo: a\n\nA.\n\nFoo: b\n\nB.\n\nFoo: c\n\nC.").Papers;
        papers.Select(p => p.ShortName).Should().Equal("Foo", "Foo", "Foo");
    }

    [Fact]
    public void A_bib_macro_that_doubles_itself_is_refused_with_a_located_message()
    {
        SidecarFile file = SidecarFile.Parse(HostileInputs.MacroBomb() + "@misc{x, title = m27}\n", "refs.bib");

        file.Entries.Should().BeEmpty();
        DigestDiagnostic problem = file.Diagnostics.Should().ContainSingle().Subject;
        problem.Id.Should().Be("PAPER016");
        problem.Line.Should().Be(17, "m16 is the first macro past 1,048,576 characters (20 × 2^16)");
        problem.Message.Should().Contain("expands to more than 1,048,576 characters");
    }

    [Fact]
    public void A_one_line_file_past_the_limit_stops_while_it_is_read()
    {
        // A reader that would hand out 3 Gi characters on one line: reading it whole would fail or fill memory.
        var reader = new EndlessLine();

        ParsedDigest parsed = DigestParser.Parse(reader, new DigestParseOptions("big.txt", MaxChars: 1 << 20));

        parsed.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("PAPER002");
        reader.CharsRead.Should().BeLessThan((1 << 20) + (64 * 1024), "reading stops at the limit, give or take one buffer");
    }

    [Theory]
    [InlineData("arXiv:2403.01234}}\\n\\n@misc{evil2024, title = {x}}")]
    [InlineData("arXiv:2403.01234 extra")]
    [InlineData("arXiv:../../etc/passwd")]
    public void A_sidecar_arXiv_id_that_is_not_one_is_refused_with_PAPER011(string number)
    {
        string json = "[{\"title\": \"A Paper\", \"number\": \"" + number + "\"}]";

        SidecarFile file = SidecarFile.Parse(json, "refs.json");

        file.Entries.Single().ArxivId.Should().BeNull();
        file.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("PAPER011");
    }

    [Fact]
    public void Sidecar_ids_from_eprint_url_and_DataCite_doi_follow_the_same_rule()
    {
        SidecarFile file = SidecarFile.Parse("""
            @misc{a, title = {A}, eprint = {2403.01234v2}}
            @misc{b, title = {B}, url = {https://arxiv.org/abs/hep-th/9901001}}
            @misc{c, title = {C}, doi = {10.48550/arXiv.2311.17267}}
            @misc{d, title = {D}, eprint = {arXiv:2403.01234}}
            """, "refs.bib");

        file.Entries.Select(e => e.ArxivId).Should().Equal("2403.01234v2", "hep-th/9901001", "2311.17267", "2403.01234");
    }

    [Theory]
    [InlineData("javascript:alert(0)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("https://a.org/\"onmouseover=\"x")]
    public void Unsafe_urls_are_refused_where_they_enter(string url)
    {
        var digest = DigestLoader.Parse($"Mar 11\n\nA Paper\n\nURL: {url}\n\nAn abstract.");
        digest.Papers.Single().Url.Should().BeNull();
        digest.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("PAPER011");

        SidecarFile file = SidecarFile.Parse("[{\"title\": \"A Paper\", \"URL\": \"" + url.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"}]", "refs.json");
        file.Entries.Single().Url.Should().BeNull();
        file.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("PAPER011");
    }

    [Theory]
    [InlineData("[[\"-7\"]]")]
    [InlineData("[[12]]")]
    [InlineData("[[123456]]")]
    public void Impossible_years_from_a_sidecar_are_refused(string dateParts)
    {
        SidecarFile file = SidecarFile.Parse("[{\"title\": \"A Paper\", \"issued\": {\"date-parts\": " + dateParts + "}}]", "refs.json");

        file.Entries.Single().Year.Should().BeNull();
        file.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("PAPER011");
    }

    private sealed class EndlessLine : TextReader
    {
        public long CharsRead { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            if (CharsRead > 3L * 1024 * 1024 * 1024)
            {
                return 0;
            }

            buffer.AsSpan(index, count).Fill('a');
            CharsRead += count;
            return count;
        }
    }
}

/// <summary>Encodings that decode to NUL-spaced garbage are refused by name; UTF-8 and UTF-16 with a BOM are read.</summary>
public sealed class DigestEncodingTests : IDisposable
{
    private readonly TempFolder _temp = new("papers-enc-");

    public void Dispose() => _temp.Dispose();

    private const string Text = "Mar 11\n\nA Paper About Encodings\n\nAn abstract in plain words.\n";

    [Theory]
    [InlineData("utf-32LE", true, "UTF-32 LE")]
    [InlineData("utf-32BE", true, "UTF-32 BE")]
    [InlineData("utf-16LE", false, "UTF-16 or UTF-32 without a byte-order mark")]
    [InlineData("utf-16BE", false, "UTF-16 or UTF-32 without a byte-order mark")]
    [InlineData("utf-32LE", false, "UTF-16 or UTF-32 without a byte-order mark")]
    public void A_digest_in_an_unsupported_encoding_is_PAPER001_naming_it(string encoding, bool bom, string found)
    {
        string file = Write(encoding, bom);

        DigestLoadResult result = DigestLoader.Load(file);

        result.Papers.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("not UTF-8: it looks like " + found);
    }

    [Theory]
    [InlineData("utf-8", true)]
    [InlineData("utf-8", false)]
    [InlineData("utf-16LE", true)]
    [InlineData("utf-16BE", true)]
    public void UTF8_and_UTF16_with_a_BOM_are_read(string encoding, bool bom)
    {
        DigestLoadResult result = DigestLoader.Load(Write(encoding, bom));

        result.Diagnostics.Should().BeEmpty();
        result.Papers.Single().Title.Should().Be("A Paper About Encodings");
    }

    private string Write(string name, bool bom)
    {
        Encoding encoding = name == "utf-32BE" ? new UTF32Encoding(bigEndian: true, byteOrderMark: true) : Encoding.GetEncoding(name);
        byte[] bytes = (bom ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(Text)).ToArray();
        string file = _temp.File("d.txt");
        File.WriteAllBytes(file, bytes);
        return file;
    }
}

/// <summary>What a BibTeX export carries into a user's LaTeX build: text, never commands that run.</summary>
public class BibTexInjectionTests
{
    [Theory]
    [InlineData("100% of \\input{/etc/hostname} things", "\\textbackslash{}input")]
    [InlineData("\\def\\x{y} and \\write18{rm -rf ~}", "\\textbackslash{}write")]
    [InlineData("Math $\\input{/etc/passwd}$ too", "\\textbackslash{}input")]
    [InlineData("\\csname input\\endcsname{x}", "\\textbackslash{}csname")]
    public void Commands_that_are_not_accents_symbols_or_fonts_are_written_as_text(string title, string neutralized)
    {
        string bib = new[] { Paper(title) }.Export(ExportFormat.BibTeX);

        bib.Should().Contain(neutralized);
        System.Text.RegularExpressions.Regex.Matches(bib, @"(?<!textbackslash\{\})\\(input|def|write|csname|endcsname)\b").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Erd\\H{o}s and M\\\"uller on $\\gamma$-MoD with \\emph{care}", "Erd\\H{o}s", "$\\gamma$", "\\emph{care}")]
    public void Accents_math_and_fonts_are_kept(string title, params string[] kept)
    {
        string bib = new[] { Paper(title) }.Export(ExportFormat.BibTeX);

        bib.Should().ContainAll(kept);
    }

    [Fact]
    public void Emoji_and_astral_characters_are_written_as_UTF8()
    {
        string bib = new[] { Paper("LLaVA-OneVision 🦙: Easy Visual Task Transfer 𝔸") }.Export(ExportFormat.BibTeX);

        bib.Should().Contain("🦙").And.Contain("𝔸");
        new[] { Paper("A lone \uD83E surrogate") }.Export(ExportFormat.BibTeX).Should().Contain("surrogate");
    }

    private static Paper Paper(string title) => new()
    {
        Id = "x",
        Title = title,
        Source = new SourceLocation("d.txt", 1),
        Authors = ["Jane Doe"],
        PublishedYear = 2024,
    };
}

/// <summary>Similarity over near-identical abstracts: the work per paper is bounded, and ties still go to the lowest index.</summary>
public class SimilarityWorkTests
{
    private static readonly string Shared = string.Join(" ", Enumerable.Range(0, 40).Select(i => "word" + (char)('a' + (i % 26)) + (char)('a' + (i / 26))));

    [Theory]
    [InlineData(2_000)]
    [InlineData(20_000)]
    public void Candidate_lists_are_capped_so_each_paper_costs_a_bounded_amount_of_work(int n)
    {
        var vectors = Papers.Similarity.TermVectors.Build(Enumerable.Range(0, n).Select(i => Shared + " variant" + i).ToList());

        int cap = Papers.Similarity.NearestNeighbours.PostingCap(vectors, int.MaxValue);

        long work = vectors.Vectors.Sum(v => v.Terms.Sum(t => (long)Math.Min(vectors.DocumentFrequency[t] >= 2 ? vectors.DocumentFrequency[t] : 0, cap)));
        work.Should().BeLessThanOrEqualTo((long)Papers.Similarity.NearestNeighbours.WorkPerDocument * n, "work grows with n, not n²");
    }

    [Fact]
    public void Real_corpora_stay_exact()
    {
        var arxiv = Csv.Read(RepoPaths.ArxivCs).Select(r => r["titles"] + " " + r["summaries"]).ToList();

        Papers.Similarity.NearestNeighbours.PostingCap(Papers.Similarity.TermVectors.Build(arxiv), int.MaxValue).Should().Be(int.MaxValue);
    }

    [Fact]
    public void Identical_abstracts_get_the_lowest_indexes_as_neighbours_when_capped()
    {
        var vectors = Papers.Similarity.TermVectors.Build(Enumerable.Range(0, 2_000).Select(_ => Shared).ToList());
        Papers.Similarity.NearestNeighbours.PostingCap(vectors, int.MaxValue).Should().BeLessThan(2_000, "this corpus is capped");

        var neighbours = Papers.Similarity.NearestNeighbours.Compute(vectors, latent: null, 5);

        neighbours[0].Select(x => x.Neighbour).Should().Equal(1, 2, 3, 4, 5);
        neighbours[1_999].Select(x => x.Neighbour).Should().Equal(0, 1, 2, 3, 4);
        neighbours.Should().OnlyContain(list => list.Length == 5 && list.All(x => Math.Abs(x.Similarity - 1f) < 1e-4));
    }
}
