using Papers.Citations;

namespace Papers.Tests.Citations;

/// <summary>Papers are shared; their citation data is built on first use, from any thread.</summary>
public class CitationConcurrencyTests
{
    [Fact]
    public void Concurrent_first_citations_of_the_same_papers_agree()
    {
        IReadOnlyList<Paper> papers = CitationCorpus.FreshArxiv();
        var answers = new string[8];
        using var start = new Barrier(8);
        // Dedicated threads: a barrier on a 2-core thread pool would wait for thread injection.
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            CitationStyle style = (CitationStyle)(t % 6);
            answers[t] = style + papers.ToBibliography(style) + papers.Export(ExportFormat.BibTeX);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var fresh = CitationCorpus.FreshArxiv();
        for (int t = 0; t < answers.Length; t++)
        {
            CitationStyle style = (CitationStyle)(t % 6);
            answers[t].Should().Be(style + fresh.ToBibliography(style) + fresh.Export(ExportFormat.BibTeX), $"thread {t} ({style})");
        }
    }
}
