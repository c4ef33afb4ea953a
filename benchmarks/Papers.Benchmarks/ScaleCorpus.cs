using Papers.Corpus;

namespace Papers.Benchmarks;

/// <summary>
/// A million synthetic papers (unique text, ~450 bytes each) as ten 100,000-paper digests in a temp folder,
/// written once per machine and reused; never committed.
/// </summary>
internal static class ScaleCorpus
{
    public const int Papers = 1_000_000;

    private const int Files = 10;

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "papers-scale-1m");

    /// <summary>Writes the digests if they are not there yet; returns the folder and its size in bytes.</summary>
    public static (string Folder, long Bytes) Ensure()
    {
        string done = Path.Combine(Folder, ".complete");
        if (!File.Exists(done))
        {
            Directory.CreateDirectory(Folder);
            for (int i = 0; i < Files; i++)
            {
                // A seed per file keeps every title and abstract unique across files (each names its own paper numbers).
                string text = SyntheticCorpus.Digest(Papers / Files, seed: 1000 + i).Replace("paper ", $"paper {i}-", StringComparison.Ordinal)
                    .Replace(" N", $" N{i}x", StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(Folder, $"synthetic-{i:D2}.txt"), text);
            }

            File.WriteAllText(done, "");
        }

        return (Folder, Directory.GetFiles(Folder, "*.txt").Sum(f => new FileInfo(f).Length));
    }
}
