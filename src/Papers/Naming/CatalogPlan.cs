using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Papers.Parsing;

namespace Papers.Naming;

/// <summary>What the plan needs to know of one digest entry.</summary>
internal readonly record struct PlanEntry(string Title, string? ArxivId, int Line);

/// <summary>One distinct paper of the catalog, at its first occurrence.</summary>
/// <param name="Digest">The digest it is first listed in.</param>
/// <param name="Entry">Its entry in that digest.</param>
/// <param name="MemberName">Its member of the generated catalog.</param>
/// <param name="Id">Its id, unique in the catalog.</param>
/// <param name="IdIsNatural">False when the id got a <c>-2</c> suffix that the run time cannot recompute alone.</param>
internal readonly record struct PlannedPaper(int Digest, int Entry, string MemberName, string Id, bool IdIsNatural);

/// <summary>
/// Catalog-wide decisions over digests given in a fixed (ordinal path) order: which entries are the same paper
/// (same title, or same arXiv id), each paper's id and member name, and their collisions. Shared by the
/// generator and the run-time loader so both name and number papers the same way.
/// </summary>
internal sealed class CatalogPlan
{
    internal CatalogPlan(List<PlannedPaper> papers, List<int[]> entryToPaper, List<DigestDiagnostic> diagnostics)
    {
        Papers = papers;
        EntryToPaper = entryToPaper;
        Diagnostics = diagnostics;
    }

    // One word list per thread for Derive: its words are read into the entry's id and name, then dropped.
    [ThreadStatic]
    private static List<string>? _words;

    public IReadOnlyList<PlannedPaper> Papers { get; }

    /// <summary>For each digest, for each entry, the index of its paper in <see cref="Papers"/>.</summary>
    public IReadOnlyList<int[]> EntryToPaper { get; }

    public IReadOnlyList<DigestDiagnostic> Diagnostics { get; }

    /// <summary>The arXiv id, else the slug of the title (from its words when they are already at hand).</summary>
    public static string NaturalId(string title, string? arxivId, List<string>? titleWords = null) =>
        arxivId ?? Slug.FromWords(titleWords ?? Words.Split(title));

    /// <summary>The whole plan on this thread, digest by digest: what the generator does inside the compiler.</summary>
    /// <param name="paths">The digests' paths, in order.</param>
    /// <param name="digests">Each digest's entries, in order.</param>
    /// <param name="reservedNames">Member names the catalog holds already.</param>
    public static CatalogPlan Create(IReadOnlyList<string> paths, IReadOnlyList<IReadOnlyList<PlanEntry>> digests, IEnumerable<string> reservedNames)
    {
        var builder = new CatalogPlanBuilder(reservedNames);
        for (int d = 0; d < digests.Count; d++)
        {
            builder.Add(paths[d], digests[d], Derive(digests[d], parallel: false));
        }

        return builder.Build();
    }

    /// <summary>
    /// What each entry's title gives on its own, whatever other entries there are: the order-free half of the plan,
    /// which may run on any thread, digest by digest, before <see cref="CatalogPlanBuilder.Add"/>. The run-time loader
    /// derives each file on the thread pool (a lone file on all cores: <paramref name="parallel"/>); the answer is the
    /// same either way.
    /// </summary>
    public static EntryNames[] Derive(IReadOnlyList<PlanEntry> entries, bool parallel)
    {
        var names = new EntryNames[entries.Count];
        if (parallel && entries.Count >= 1024)
        {
            Parallel.For(0, entries.Count, e => names[e] = Names(entries[e]));
        }
        else
        {
            for (int e = 0; e < entries.Count; e++)
            {
                names[e] = Names(entries[e]);
            }
        }

        return names;

        static EntryNames Names(PlanEntry entry)
        {
            List<string> words = _words ??= new List<string>(32);
            Words.SplitInto(entry.Title, words);
            return new EntryNames(NaturalId(entry.Title, entry.ArxivId, words), MemberName.FromTitle(entry.Title, words));
        }
    }
}

/// <summary>An entry's id and member name before collisions (<see cref="CatalogPlan.Derive"/>).</summary>
internal readonly record struct EntryNames(string NaturalId, string BaseName);
