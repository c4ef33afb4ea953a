namespace Papers.Tests.Shared;

/// <summary>Finds the repository and the read-only shared data beside it, wherever the tests run from.</summary>
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

    private static readonly Lazy<string> SharedPath = new(() => SharedData.Locate(Root));

    /// <summary>The shared data folder (../shared next to the clone, see <see cref="SharedData"/>).</summary>
    public static string Shared => SharedPath.Value;

    public static string SeedDigest => Path.Combine(Shared, "data", "digests", "trending-mar11.txt");

    public static string BundledSeedDigest => Path.Combine(Root, "samples", "Papers.Sample", "digests", "trending-mar11.txt");

    /// <summary>The archive rendered as 593 daily digests (committed; a test keeps it equal to a fresh render).</summary>
    public static string RenderedArchive => Path.Combine(Root, "benchmarks", "data", "hf-daily");

    public static string ArxivCs => Path.Combine(Shared, "data", "arxiv", "arxiv-cs-1000.csv");

    public static string ArxivOai => Path.Combine(Shared, "data", "arxiv", "arxiv-oai-2000.csv");

    public static string HfDaily => Path.Combine(Shared, "data", "hf-daily", "hf-daily-2024-2025.jsonl");
}
