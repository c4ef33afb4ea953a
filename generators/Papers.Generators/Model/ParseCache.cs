using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace Papers.Generators.Model;

/// <summary>
/// The generator's parse of each digest text, kept for the analyzers of the same compilation. The compiler (and
/// the IDE) hands the generator and the analyzers the same additional files, and runs the analyzers after the
/// generator in the same process, so the analyzers find each digest already parsed instead of paying the parse
/// again (half a second for the 9,049-paper archive). Keyed by the text object, so a file that changed is a miss,
/// and by everything else the parse read (its metadata and the project's sidecars), so a different option is too.
/// </summary>
internal static class ParseCache
{
    private static readonly ConditionalWeakTable<SourceText, Entry> Digests = new();

    private sealed record Entry(string Options, SidecarsModel Sidecars, DigestModel Model);

    public static void Store(SourceText text, string options, SidecarsModel sidecars, DigestModel model)
    {
        lock (Digests)
        {
            Digests.Remove(text);
            Digests.Add(text, new Entry(options, sidecars, model));
        }
    }

    public static DigestModel? Find(SourceText text, string options, SidecarsModel sidecars)
    {
        lock (Digests)
        {
            return Digests.TryGetValue(text, out Entry? entry) && entry.Options == options && entry.Sidecars.Equals(sidecars) ? entry.Model : null;
        }
    }
}
