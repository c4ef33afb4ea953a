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
