using BenchmarkDotNet.Attributes;
using Papers.Citations;
using Papers.Corpus;
using Papers.Tests.Shared;

namespace Papers.Benchmarks;

/// <summary>
/// Formatting 2,000 real arXiv records in each style: the reference list plus every in-text citation, from
/// papers whose citation data is not yet prepared (each paper's cached citation view is dropped first). citeproc-js does
/// the same job in <see cref="CiteprocTiming"/>; <c>dotnet run -c Release -- citations</c> runs both.
/// </summary>
[MemoryDiagnoser]
public class CitationBenchmarks
{
    private IReadOnlyList<Paper> _papers = Array.Empty<Paper>();

    [Params(CitationStyle.Apa, CitationStyle.Mla, CitationStyle.ChicagoAuthorDate, CitationStyle.Ieee, CitationStyle.Harvard, CitationStyle.Vancouver)]
    public CitationStyle Style { get; set; }

    public static IReadOnlyList<Paper> Papers()
    {
        var rows = Csv.Read(Path.Combine(Paths.Data, "arxiv", "arxiv-oai-2000.csv")).Select(r => (IReadOnlyDictionary<string, string>)r);
        return DigestLoader.Parse(ArxivOaiRenderer.Render(rows), "arxiv-oai.txt").Papers;
    }

    [GlobalSetup]
    public void Setup() => _papers = Papers();

    [Benchmark]
    public int Bibliography()
    {
        foreach (Paper paper in _papers)
        {
            Reference.Forget(paper);
        }

        var bibliography = new Bibliography(_papers, Style);
        int length = bibliography.ToString().Length;
        foreach (Paper paper in _papers)
        {
            length += bibliography.CiteInText(paper).Length;
        }

        return length;
    }
}
