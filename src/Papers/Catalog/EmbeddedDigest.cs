using System;
using System.ComponentModel;

namespace Papers.Catalog;

/// <summary>
/// Generated code's description of one digest embedded in the assembly. Not for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EmbeddedDigest
{
    /// <summary>Describes one embedded digest.</summary>
    /// <param name="file">The path as the project declared it.</param>
    /// <param name="resourceName">The manifest resource holding the file's bytes.</param>
    /// <param name="year">The <c>Year</c> metadata of the item, if any.</param>
    /// <param name="entryCount">How many entries the generator parsed from it.</param>
    /// <param name="firstPaper">Index in the catalog of its first paper not seen in an earlier digest.</param>
    /// <param name="shared">Pairs (entry, catalog index) for entries that repeat an earlier paper; may be empty.</param>
    public EmbeddedDigest(string file, string resourceName, int? year, int entryCount, int firstPaper, int[]? shared = null)
    {
        File = file ?? throw new ArgumentNullException(nameof(file));
        ResourceName = resourceName ?? throw new ArgumentNullException(nameof(resourceName));
        Year = year;
        EntryCount = entryCount;
        FirstPaper = firstPaper;
        Shared = shared ?? Array.Empty<int>();
        if (Shared.Length % 2 != 0)
        {
            throw new ArgumentException("Shared entries come in (entry, catalog index) pairs.", nameof(shared));
        }
    }

    /// <summary>The path as the project declared it.</summary>
    public string File { get; }

    /// <summary>The manifest resource name.</summary>
    public string ResourceName { get; }

    /// <summary>The <c>Year</c> metadata, if any.</summary>
    public int? Year { get; }

    /// <summary>Entries parsed at build time.</summary>
    public int EntryCount { get; }

    /// <summary>Catalog index of the first new paper.</summary>
    public int FirstPaper { get; }

    /// <summary>Papers this digest adds to the catalog.</summary>
    public int NewPaperCount => EntryCount - (Shared.Length / 2);

    internal int[] Shared { get; }
}
