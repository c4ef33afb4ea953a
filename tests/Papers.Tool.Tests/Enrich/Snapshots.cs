using Papers.Corpus;
using Papers.Tests.Shared;

namespace Papers.Tool.Tests.Enrich;

/// <summary>The real arXiv records of <c>arxiv-oai-2000.csv</c> as snapshot records, and files of them.</summary>
internal static class Snapshots
{
    private static readonly Lazy<IReadOnlyList<SnapshotRecord>> OaiRecords = new(() =>
        Csv.Read(RepoPaths.ArxivOai).Select(r => SnapshotRenderer.FromOai(r)).ToList());

    public static IReadOnlyList<SnapshotRecord> Oai => OaiRecords.Value;

    /// <summary>Writes lines to a new file in <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, IEnumerable<string> lines, string name = "snapshot.json")
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Concat(lines.Select(l => l + "\n")), new System.Text.UTF8Encoding(false));
        return path;
    }

    /// <summary>A digest of papers with only title and abstract (no metadata, no links), dated as given.</summary>
    public static string TitleOnlyDigest(IEnumerable<string> titles, string date = "2008-01-15") =>
        "Digest\n\n" + date + "\n\n" + string.Concat(titles.Select(t => t + "\n\nAn abstract.\n\n"));
}
