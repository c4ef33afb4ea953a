using System.Text;
using Papers.Parsing.Sidecar;
using Papers.Query;
using Papers.Text;

namespace Papers.Fuzz;

/// <summary>
/// The parsers a hostile file reaches, each as a fuzz target: bytes in, and any exception out is a finding. Used
/// by the AFL harness (Program.cs, through SharpFuzz) and replayed by the tests over the committed corpus.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Target names, each the name of a folder under <c>tests/Papers.Fuzz/corpus/</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["digest", "query", "bibtex", "csljson", "tex"];

    /// <summary>Runs one target over one input; throws only when the input found a bug.</summary>
    public static void Run(string target, byte[] input)
    {
        switch (target)
        {
            case "digest":
                Digest(input);
                break;
            case "query":
                Query(Text(input));
                break;
            case "bibtex":
            case "csljson":
                Sidecar(Text(input));
                break;
            case "tex":
                string decoded = TexText.ToUnicode(Text(input));
                GC.KeepAlive(decoded);
                break;
            default:
                throw new ArgumentException($"unknown fuzz target '{target}' (expected {string.Join(", ", Names)})", nameof(target));
        }
    }

    // The loader's path from bytes: strict UTF-8 is the loader's own check (PAPER001), so text is decoded leniently.
    private static void Digest(byte[] input)
    {
        DigestLoadResult result = DigestLoader.Parse(Text(input), "fuzz.txt");
        foreach (Paper paper in result.Papers)
        {
            GC.KeepAlive(paper.Topics);
            GC.KeepAlive(paper.ShortName);
        }
    }

    private static void Query(string text)
    {
        if (PaperQuery.TryParse(text, out PaperQuery? query, out _))
        {
            // What prints must parse back (the round trip is a promise of the README).
            PaperQuery.Parse(query!.ToString());
        }
    }

    private static void Sidecar(string text)
    {
        SidecarFile file = SidecarFile.Parse(text, "fuzz.bib");
        foreach (SidecarEntry entry in file.Entries)
        {
            GC.KeepAlive(entry.Title is null ? null : TexText.ToUnicode(entry.Title));
        }
    }

    private static string Text(byte[] input) => Encoding.UTF8.GetString(input);
}
