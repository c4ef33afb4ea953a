namespace Papers.Benchmarks;

/// <summary>Locates the repository from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class Paths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The repository's data folder (provenance and licences in data/README.md).</summary>
    public static string Data => Path.Combine(Root, "data");

    public static string Seed => Path.Combine(Data, "digests", "trending-mar11.txt");

    public static string HfDaily => Path.Combine(Data, "hf-daily", "hf-daily-2024-2025.jsonl");

    public static string ArxivOai => Path.Combine(Data, "arxiv", "arxiv-oai-2000.csv");

    public static string ArxivCs => Path.Combine(Data, "arxiv", "arxiv-cs-1000.csv");

    public static string Archive => Path.Combine(Root, "benchmarks", "data", "hf-daily");

    public static string ArchiveJson => Path.Combine(Root, "benchmarks", "data", "hf-daily.json");

    private static string FindRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? dir = new(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Papers.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Papers.sln not found; run the benchmarks from inside the repository.");
    }
}
