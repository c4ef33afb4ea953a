using System;
using Papers.Topics;

namespace Papers;

/// <summary>
/// How <see cref="DigestLoader"/> reads digests: what a <c>PaperDigest</c> item's metadata says at build time
/// (<c>Year</c>, <c>Sidecar</c>), the topics to find, and where to report progress. Every setting is optional.
/// </summary>
public sealed class DigestLoadOptions
{
    /// <summary>The year for date lines without one (a file name such as <c>2024-03-11.txt</c> also says it).</summary>
    public int? Year { get; init; }

    /// <summary>The topics to find; <see cref="Topics.Taxonomy.Default"/> when null.</summary>
    public Taxonomy? Taxonomy { get; init; }

    /// <summary>
    /// A sidecar file (<c>.bib</c> or CSL-JSON) that fills what the entries lack, matched by arXiv id or title;
    /// null for none. A record that matches no paper is reported as PAPER017.
    /// </summary>
    public string? Sidecar { get; init; }

    /// <summary>
    /// Told after each digest file is read: files are read on all cores, so reports come from the reading threads,
    /// one at a time, in the order files finish, with a rising count (a <see cref="Progress{T}"/> posts them to its
    /// own context). Null for no reports.
    /// </summary>
    public IProgress<DigestLoadProgress>? Progress { get; init; }
}

/// <summary>How far a load has got: <paramref name="Done"/> of <paramref name="Total"/> files, the last one <paramref name="File"/>.</summary>
/// <param name="Done">Files read so far.</param>
/// <param name="Total">Files the load reads.</param>
/// <param name="File">The file just read, as found (forward slashes).</param>
public readonly record struct DigestLoadProgress(int Done, int Total, string File);
