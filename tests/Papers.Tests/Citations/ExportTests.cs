using System.Text.Json;
using Papers.Citations;
using Papers.Tests.Shared;

namespace Papers.Tests.Citations;

/// <summary>BibTeX, BibLaTeX, RIS and CSL-JSON: their rules, and readers that take them back in.</summary>
public class ExportTests
{
    private static readonly Paper Survey = DigestLoader.Parse(
        "2024-03-05\n\nE-ViLM: Efficient MLLMs with $\\gamma$-Routing & 100% Recall\n\nAuthors: Jane Doe and John Smith\narXiv: 2403.01234\n\nAn abstract\nover two lines.\n").Papers.Single();

    internal static IReadOnlyList<Paper> Hostile => Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Adversarial"), "*.txt")
        .Order(StringComparer.Ordinal)
        .SelectMany(f => DigestLoader.Load(f).Papers)
        .ToList();

    [Fact]
    public void BibTeX_is_misc_with_arXiv_eprint_protected_capitals_escaped_specials_and_math_kept()
    {
        Survey.Export(ExportFormat.BibTeX).Should().Be("""
            @misc{doe2024evilm,
              author = {Doe, Jane and Smith, John},
              title = {{E-ViLM}: Efficient {MLLMs} with $\gamma$-Routing \& 100\% Recall},
              year = {2024},
              month = mar,
              eprint = {2403.01234},
              archivePrefix = {arXiv},
              url = {https://arxiv.org/abs/2403.01234},
            }

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void BibLaTeX_is_online_with_eprinttype_and_an_iso_date()
    {
        string bib = Survey.Export(ExportFormat.BibLaTeX);
        bib.Should().StartWith("@online{doe2024evilm,").And.Contain("  date = {2024-03-05},\n").And.Contain("  eprinttype = {arxiv},\n").And.NotContain("year =");
    }

    [Fact]
    public void Keys_are_unique_and_stable()
    {
        Paper other = DigestLoader.Parse("2024-03-06\n\nE-ViLM Again\n\nAuthors: Jane Doe\n\nText.\n").Papers.Single();
        string Keys(IEnumerable<Paper> papers) => string.Join(",", papers.Export(ExportFormat.BibTeX).Split('\n').Where(l => l.StartsWith('@')));

        Keys(new[] { Survey, other }).Should().Be("@misc{doe2024evilma,,@misc{doe2024evilmb,");
        Keys(new[] { Survey, other }).Should().Be(Keys(new[] { Survey, other }));
        var all = CitationCorpus.Seed.Concat(CitationCorpus.Arxiv).Concat(Hostile).ToList();
        all.Export(ExportFormat.BibTeX).Split('\n').Where(l => l.StartsWith('@')).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Ris_has_one_tag_per_line_and_reads_back()
    {
        string ris = Survey.Export(ExportFormat.Ris);
        ris.Should().Contain("TY  - GEN\n").And.Contain("AU  - Doe, Jane\nAU  - Smith, John\n").And.Contain("AB  - An abstract over two lines.\n").And.EndWith("ER  - \n");

        var papers = CitationCorpus.Seed.Concat(CitationCorpus.Arxiv).Concat(Hostile).ToList();
        List<Dictionary<string, List<string>>> records = ReadRis(papers.Export(ExportFormat.Ris));
        records.Should().HaveCount(papers.Count);
        for (int i = 0; i < papers.Count; i++)
        {
            // Line-based: a line or paragraph separator inside a title becomes a space.
            string oneLine = System.Text.RegularExpressions.Regex.Replace(Papers.Text.TexText.ToUnicode(papers[i].Title), @"[\p{Cc}\u2028\u2029\u0085]+", " ").Trim();
            records[i]["TI"].Should().ContainSingle().Which.Should().Be(oneLine);
            records[i].GetValueOrDefault("AU", new List<string>()).Should().HaveCount(papers[i].Authors.Count);
        }
    }

    [Fact]
    public void Csl_json_is_the_schema_citeproc_reads()
    {
        using JsonDocument json = JsonDocument.Parse(Survey.Export(ExportFormat.CslJson));
        JsonElement item = json.RootElement.EnumerateArray().Single();
        item.GetProperty("type").GetString().Should().Be("article");
        item.GetProperty("title").GetString().Should().Be("E-ViLM: Efficient MLLMs with γ-Routing & 100% Recall");
        item.GetProperty("author")[0].GetProperty("family").GetString().Should().Be("Doe");
        item.GetProperty("author")[0].GetProperty("given").GetString().Should().Be("Jane");
        item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()).Should().Equal(2024, 3, 5);
        item.GetProperty("number").GetString().Should().Be("arXiv:2403.01234");
        item.GetProperty("publisher").GetString().Should().Be("arXiv");
    }

    [Fact]
    public void Every_format_survives_the_adversarial_corpus()
    {
        IReadOnlyList<Paper> papers = Hostile;
        using (JsonDocument json = JsonDocument.Parse(papers.Export(ExportFormat.CslJson)))
        {
            json.RootElement.GetArrayLength().Should().Be(papers.Count);
            json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().Equal(papers.Select(p => p.Id));
        }

        foreach (CitationStyle style in Enum.GetValues<CitationStyle>())
        {
            // Each HTML entry must be well-formed markup whose only element is <i>.
            foreach (string line in papers.ToBibliography(style, CitationFormat.Html).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var document = System.Xml.Linq.XElement.Parse(line.Replace("&#39;", "'"));
                document.Descendants().Where(d => d.Name.LocalName != "i").Should().BeEmpty($"{style}: {line}");
            }
        }
    }

    [Fact]
    public void Streams_get_the_same_text_as_strings()
    {
        using var stream = new MemoryStream();
        CitationCorpus.Seed.Export(ExportFormat.BibLaTeX, stream);
        System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Be(CitationCorpus.Seed.Export(ExportFormat.BibLaTeX));
    }

    internal static List<Dictionary<string, List<string>>> ReadRis(string text)
    {
        var records = new List<Dictionary<string, List<string>>>();
        Dictionary<string, List<string>>? record = null;
        foreach (string line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            line.Should().MatchRegex("^[A-Z][A-Z0-9]  - ", "every RIS line is a tag");
            string tag = line[..2];
            string value = line[6..];
            if (tag == "TY")
            {
                record = new Dictionary<string, List<string>>();
            }

            if (tag == "ER")
            {
                records.Add(record!);
                record = null;
                continue;
            }

            record![tag] = record.GetValueOrDefault(tag) ?? new List<string>();
            record[tag].Add(value);
        }

        record.Should().BeNull("the last record is closed");
        return records;
    }
}
