using Papers.Citations;
using Papers.Citations.Styles;
using Xunit.Abstractions;

namespace Papers.Tests.Citations;

/// <summary>
/// Our six styles against citeproc-js running the official CSL files on the CSL-JSON we export, over the seed
/// digest and 600 real arXiv records: each entry's text, its place in the list and its in-text citation.
/// </summary>
public sealed class CitationAgreementTests(ITestOutputHelper output)
{
    public static readonly TheoryData<CitationStyle, string> Styles = new()
    {
        { CitationStyle.Apa, "apa" },
        { CitationStyle.Mla, "modern-language-association" },
        { CitationStyle.ChicagoAuthorDate, "chicago-author-date" },
        { CitationStyle.Ieee, "ieee" },
        { CitationStyle.Harvard, "harvard-cite-them-right" },
        { CitationStyle.Vancouver, "nlm-citation-sequence" },
    };

    private static readonly Lazy<(IReadOnlyList<Paper> Papers, Dictionary<string, CiteprocOutput> Output)> Reference = new(() =>
    {
        var papers = CitationCorpus.Seed.Concat(CitationCorpus.Arxiv).ToList();
        return (papers, Citeproc.Run(papers.Export(ExportFormat.CslJson), Styles.Select(s => (string)s[1]).ToArray()));
    });

    [SkippableTheory]
    [MemberData(nameof(Styles))]
    public void Agrees_with_citeproc_js_on_at_least_95_percent_of_entries(CitationStyle style, string cslFile)
    {
        Citeproc.Which("node");
        var (papers, all) = Reference.Value;
        CiteprocOutput expected = all[cslFile];
        var ours = new Bibliography(papers, style);
        var byId = papers.ToDictionary(p => p.Id);

        int same = 0;
        var differences = new List<string>();
        for (int i = 0; i < expected.Ids.Count; i++)
        {
            Paper paper = byId[expected.Ids[i]];
            BibliographyEntry entry = ours.Entries[i];
            string text = entry.ToString();
            string inText = ours.CiteInText(paper);
            string citeproc = expected.Cites[paper.Id];
            bool agrees = entry.Paper == paper && text == expected.Entries[i] && inText == citeproc;
            if (agrees)
            {
                same++;
            }
            else
            {
                differences.Add($"#{i} {paper.Id}\n  citeproc: {expected.Entries[i]}\n  ours:     {(entry.Paper == paper ? text : "(other paper here) " + text)}\n  citeproc: {citeproc}\n  ours:     {inText}");
            }
        }

        double rate = (double)same / expected.Ids.Count;
        output.WriteLine($"{style}: {same}/{expected.Ids.Count} identical ({rate:P1})");
        foreach (string difference in differences.Take(40))
        {
            output.WriteLine(difference);
        }

        expected.Ids.Should().HaveCount(papers.Count);
        rate.Should().BeGreaterThanOrEqualTo(0.95, $"{style} should agree with citeproc-js; first differences:\n{string.Join("\n", differences.Take(5))}");
    }

    // Lists where in-text citations clash: same family names with other given names, the same authors twice.
    public static readonly TheoryData<string> Clashes = new()
    {
        "Alpha|Jane Doe|2020; Beta|Jane Doe|2021; Gamma|Ann Roe|2021; Delta|Bo Roe|2021",
        "One|Chen Chang|2024; Two|Cheng Chang|2024; Three|Hao Chang|2024",
        "One|Chen Chang|2024; Two|Hao Chang and Jane Doe|2024; Three|Jane Doe and Chen Chang|2024; Four|Mei Lin|2024; Five|Chen Chang|2022",
        "One|Chen Chang|2024; Two|Hao Chang|2024; Three|Hao Chang|2023; Four|Mei Lin|2024",
        "One|Chen Chang|2024; Two|Cheng Chang|2024; Three|Cheng Chang|2023",
        "One|{OpenAI}|2024; Two|{OpenAI}|2024; Three|Hao Chang|2024",
    };

    [SkippableTheory]
    [MemberData(nameof(Clashes))]
    public void In_text_citations_that_clash_are_told_apart_as_citeproc_js_does(string list)
    {
        Citeproc.Which("node");
        var papers = list.Split("; ").Select(p => p.Split('|')).Select(p =>
            DigestLoader.Parse($"Mar 11\n\n{p[0]}\n\nAuthors: {p[1]}\nPublished: {p[2]}\n\nAn abstract.\n", "clash.txt").Papers.Single()).ToList();
        var authorDate = Styles.Where(s => !StyleRules.For((CitationStyle)s[0]).IsNumbered).ToList();
        Dictionary<string, CiteprocOutput> all = Citeproc.Run(papers.Export(ExportFormat.CslJson), authorDate.Select(s => (string)s[1]).ToArray());

        foreach (object[] style in authorDate)
        {
            var ours = new Bibliography(papers, (CitationStyle)style[0]);
            papers.Select(p => ours.CiteInText(p)).Should().Equal(papers.Select(p => all[(string)style[1]].Cites[p.Id]), $"{style[0]} cites {list}");
        }
    }

    [SkippableFact]
    public void Citeproc_js_reads_the_csl_json_of_the_adversarial_corpus()
    {
        Citeproc.Which("node");
        IReadOnlyList<Paper> hostile = ExportTests.Hostile;
        CiteprocOutput output = Citeproc.Run(hostile.Export(ExportFormat.CslJson), "apa")["apa"];
        output.Ids.Should().BeEquivalentTo(hostile.Select(p => p.Id));
        output.Entries.Should().OnlyContain(e => e.Length > 0);
    }
}
