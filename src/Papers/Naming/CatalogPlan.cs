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
    private static readonly string[] AlwaysReserved =
    {
        "All", "Digests", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    private CatalogPlan(List<PlannedPaper> papers, List<int[]> entryToPaper, List<DigestDiagnostic> diagnostics)
    {
        Papers = papers;
        EntryToPaper = entryToPaper;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<PlannedPaper> Papers { get; }

    /// <summary>For each digest, for each entry, the index of its paper in <see cref="Papers"/>.</summary>
    public IReadOnlyList<int[]> EntryToPaper { get; }

    public IReadOnlyList<DigestDiagnostic> Diagnostics { get; }

    /// <summary>The arXiv id, else the slug of the title (from its words when they are already at hand).</summary>
    public static string NaturalId(string title, string? arxivId, List<string>? titleWords = null) =>
        arxivId ?? Slug.FromWords(titleWords ?? Words.Split(title));

    /// <param name="paths">The digests' paths, in order.</param>
    /// <param name="digests">Each digest's entries, in order.</param>
    /// <param name="reservedNames">Member names the catalog holds already.</param>
    /// <param name="parallel">
    /// Derive each entry's key, id and name on all cores (the run-time loader: most of a million-paper load). The
    /// decisions that depend on order stay in one sequential pass, so the plan is the same either way. The generator
    /// passes false: it runs inside a compiler that is already busy on every core.
    /// </param>
    public static CatalogPlan Create(IReadOnlyList<string> paths, IReadOnlyList<IReadOnlyList<PlanEntry>> digests, IEnumerable<string> reservedNames, bool parallel = false)
    {
        EntryNames[][] derived = Derive(digests, parallel);
        int total = 0;
        foreach (IReadOnlyList<PlanEntry> entries in digests)
        {
            total += entries.Count;
        }

        var papers = new List<PlannedPaper>(total);
        var entryToPaper = new List<int[]>(digests.Count);
        var diagnostics = new List<DigestDiagnostic>();
        // Same title: see TitleComparer (case and runs of white space ignored).
        var byTitle = new Dictionary<string, int>(total, TitleComparer.Instance);
        var byArxiv = new Dictionary<string, int>(StringComparer.Ordinal);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var usedNames = new HashSet<string>(AlwaysReserved, StringComparer.Ordinal);
        var nextIdSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        var nextNameSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string reserved in reservedNames)
        {
            usedNames.Add(reserved);
        }

        for (int d = 0; d < digests.Count; d++)
        {
            IReadOnlyList<PlanEntry> entries = digests[d];
            var map = new int[entries.Count];
            var titlesHere = new Dictionary<string, int>(entries.Count, TitleComparer.Instance);
            for (int e = 0; e < entries.Count; e++)
            {
                PlanEntry entry = entries[e];
                EntryNames names = derived[d][e];
                if (titlesHere.TryGetValue(entry.Title, out int firstLine))
                {
                    diagnostics.Add(new DigestDiagnostic(DigestRules.DuplicateTitle, DigestSeverity.Warning, paths[d], entry.Line, 1,
                        $"The title \"{DigestParser.Clip(entry.Title)}\" already appears on line {firstLine}; the second entry is the same paper."));
                }
                else
                {
                    titlesHere.Add(entry.Title, entry.Line);
                }

                if (byTitle.TryGetValue(entry.Title, out int known) || (entry.ArxivId != null && byArxiv.TryGetValue(entry.ArxivId, out known)))
                {
                    map[e] = known;
                    continue;
                }

                int index = papers.Count;
                map[e] = index;
                byTitle[entry.Title] = index;
                if (entry.ArxivId != null)
                {
                    byArxiv[entry.ArxivId] = index;
                }

                string naturalId = names.NaturalId;
                string id = Unique(naturalId, usedIds, nextIdSuffix, "-");
                string baseName = names.BaseName;
                string name = Unique(baseName, usedNames, nextNameSuffix, "_");
                if (!string.Equals(name, baseName, StringComparison.Ordinal))
                {
                    diagnostics.Add(new DigestDiagnostic(DigestRules.NameCollision, DigestSeverity.Warning, paths[d], entry.Line, 1,
                        $"The paper \"{DigestParser.Clip(entry.Title)}\" would be named '{baseName}', which is taken; it is named '{name}' instead."));
                }

                papers.Add(new PlannedPaper(d, e, name, id, string.Equals(id, naturalId, StringComparison.Ordinal)));
            }

            entryToPaper.Add(map);
        }

        return new CatalogPlan(papers, entryToPaper, diagnostics);
    }

    // What each entry's title gives on its own, whatever other entries there are: the order-free half of the work.
    private readonly record struct EntryNames(string NaturalId, string BaseName);

    private static EntryNames[][] Derive(IReadOnlyList<IReadOnlyList<PlanEntry>> digests, bool parallel)
    {
        var derived = new EntryNames[digests.Count][];
        for (int d = 0; d < digests.Count; d++)
        {
            IReadOnlyList<PlanEntry> entries = digests[d];
            var names = derived[d] = new EntryNames[entries.Count];
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
        }

        return derived;

        static EntryNames Names(PlanEntry entry)
        {
            List<string> words = Words.Split(entry.Title);
            return new EntryNames(NaturalId(entry.Title, entry.ArxivId, words), MemberName.FromTitle(entry.Title, words));
        }
    }

    // The first free "candidate", "candidate_2", "candidate_3" …. The next suffix to try is remembered per candidate:
    // counting up from 2 every time made 20,000 colliding titles quadratic. Names are only ever added, so every
    // suffix below the remembered one is still taken and the answer is the same.
    private static string Unique(string candidate, HashSet<string> used, Dictionary<string, int> nextSuffix, string separator)
    {
        if (used.Add(candidate))
        {
            return candidate;
        }

        int n = nextSuffix.TryGetValue(candidate, out int from) ? from : 2;
        for (; ; n++)
        {
            string next = candidate + separator + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (used.Add(next))
            {
                nextSuffix[candidate] = n + 1;
                return next;
            }
        }
    }
}
