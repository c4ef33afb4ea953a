using Papers.Corpus;
using Papers.Tests.Shared;

namespace Papers.Tests.Citations;

/// <summary>The papers the citation tests run on: the seed digest and the first 600 real arXiv records.</summary>
internal static class CitationCorpus
{
    private static readonly Lazy<IReadOnlyList<Paper>> SeedPapers = new(() => DigestLoader.Load(RepoPaths.SeedDigest).Papers);

    private static readonly Lazy<IReadOnlyList<Paper>> ArxivPapers = new(() =>
    {
        var rows = Csv.Read(RepoPaths.ArxivOai).Take(600).Select(r => (IReadOnlyDictionary<string, string>)r);
        var result = DigestLoader.Parse(ArxivOaiRenderer.Render(rows), "arxiv-oai.txt");
        result.Diagnostics.Should().BeEmpty();
        return result.Papers;
    });

    public static IReadOnlyList<Paper> Seed => SeedPapers.Value;

    public static IReadOnlyList<Paper> Arxiv => ArxivPapers.Value;
}
