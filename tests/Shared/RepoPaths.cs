namespace Papers.Tests.Shared;

/// <summary>
/// Finds the repository, wherever the tests run from, and the data the tests read. Everything lives inside the
/// repository (data/ holds the corpora with their provenance and licences), so a bare clone runs the whole suite.
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Papers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Papers.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    /// <summary>The repository's data folder (see data/README.md for where each file comes from).</summary>
    public static string Data => Path.Combine(Root, "data");

    public static string SeedDigest => Path.Combine(Data, "digests", "trending-mar11.txt");

    public static string BundledSeedDigest => Path.Combine(Root, "samples", "Papers.Sample", "digests", "trending-mar11.txt");

    /// <summary>The archive rendered as 593 daily digests (committed; a test keeps it equal to a fresh render).</summary>
    public static string RenderedArchive => Path.Combine(Root, "benchmarks", "data", "hf-daily");

    public static string ArxivCs => Path.Combine(Data, "arxiv", "arxiv-cs-1000.csv");

    public static string ArxivOai => Path.Combine(Data, "arxiv", "arxiv-oai-2000.csv");

    public static string HfDaily => Path.Combine(Data, "hf-daily", "hf-daily-2024-2025.jsonl");

    /// <summary>An official CSL style by file name without ".csl".</summary>
    public static string CslStyle(string name) => Path.Combine(Data, "csl", name + ".csl");
}
