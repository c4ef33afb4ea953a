using Papers.Corpus;
using Papers.Tests.Shared;

namespace Papers.Tests.Citations;

/// <summary>The papers the citation tests run on: the seed digest and the first 600 real arXiv records.</summary>
internal static class CitationCorpus
{
    private static readonly Lazy<IReadOnlyList<Paper>> SeedPapers = new(() => DigestLoader.Load(RepoPaths.SeedDigest).Papers);

    private static readonly Lazy<string> ArxivText = new(() =>
        ArxivOaiRenderer.Render(Csv.Read(RepoPaths.ArxivOai).Take(600).Select(r => (IReadOnlyDictionary<string, string>)r)));

    private static readonly Lazy<IReadOnlyList<Paper>> ArxivPapers = new(FreshArxiv);

    public static IReadOnlyList<Paper> Seed => SeedPapers.Value;

    public static IReadOnlyList<Paper> Arxiv => ArxivPapers.Value;

    /// <summary>The arXiv papers parsed anew: nothing computed for them yet (names, citation data).</summary>
    public static IReadOnlyList<Paper> FreshArxiv()
    {
        var result = DigestLoader.Parse(ArxivText.Value, "arxiv-oai.txt");
        result.Diagnostics.Should().BeEmpty();
        return result.Papers;
    }
}
