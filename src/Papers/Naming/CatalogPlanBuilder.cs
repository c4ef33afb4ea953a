using System;
using System.Collections.Generic;
using Papers.Parsing;

namespace Papers.Naming;

/// <summary>
/// The order-dependent half of a <see cref="CatalogPlan"/>: digests added one at a time, in order, each with its
/// entries' <see cref="EntryNames"/>. Which entries are one paper, and which id or name a collision moves, depend on
/// everything added before.
/// </summary>
internal sealed class CatalogPlanBuilder
{
    private static readonly string[] AlwaysReserved =
    {
        "All", "Digests", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    private readonly List<PlannedPaper> _papers = new();
    private readonly List<int[]> _entryToPaper = new();
    private readonly List<DigestDiagnostic> _diagnostics = new();
    // Same title: see TitleComparer (case and runs of white space ignored).
    private readonly Dictionary<string, int> _byTitle = new(TitleComparer.Instance);
    private readonly Dictionary<string, int> _byArxiv = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedNames = new(AlwaysReserved, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextIdSuffix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextNameSuffix = new(StringComparer.Ordinal);

    public CatalogPlanBuilder(IEnumerable<string> reservedNames)
    {
        foreach (string reserved in reservedNames)
        {
            _usedNames.Add(reserved);
        }
    }

    /// <summary>The distinct papers so far, in order; a digest's new ones are appended by its <see cref="Add"/>.</summary>
    public IReadOnlyList<PlannedPaper> Papers => _papers;

    /// <summary>The next digest, after every digest before it in the catalog's order.</summary>
    public void Add(string path, IReadOnlyList<PlanEntry> entries, EntryNames[] derived)
    {
        int d = _entryToPaper.Count;
        var map = new int[entries.Count];
        var titlesHere = new Dictionary<string, int>(entries.Count, TitleComparer.Instance);
        for (int e = 0; e < entries.Count; e++)
        {
            PlanEntry entry = entries[e];
            if (titlesHere.TryGetValue(entry.Title, out int firstLine))
            {
                _diagnostics.Add(new DigestDiagnostic(DigestRules.DuplicateTitle, DigestSeverity.Warning, path, entry.Line, 1,
                    $"The title \"{DigestParser.Clip(entry.Title)}\" already appears on line {firstLine}; the second entry is the same paper."));
            }
            else
            {
                titlesHere.Add(entry.Title, entry.Line);
            }

            if (_byTitle.TryGetValue(entry.Title, out int known) || (entry.ArxivId != null && _byArxiv.TryGetValue(entry.ArxivId, out known)))
            {
                map[e] = known;
                continue;
            }

            int index = _papers.Count;
            map[e] = index;
            _byTitle[entry.Title] = index;
            if (entry.ArxivId != null)
            {
                _byArxiv[entry.ArxivId] = index;
            }

            string naturalId = derived[e].NaturalId;
            string id = Unique(naturalId, _usedIds, _nextIdSuffix, "-");
            string baseName = derived[e].BaseName;
            string name = Unique(baseName, _usedNames, _nextNameSuffix, "_");
            if (!string.Equals(name, baseName, StringComparison.Ordinal))
            {
                _diagnostics.Add(new DigestDiagnostic(DigestRules.NameCollision, DigestSeverity.Warning, path, entry.Line, 1,
                    $"The paper \"{DigestParser.Clip(entry.Title)}\" would be named '{baseName}', which is taken; it is named '{name}' instead."));
            }

            _papers.Add(new PlannedPaper(d, e, name, id, string.Equals(id, naturalId, StringComparison.Ordinal)));
        }

        _entryToPaper.Add(map);
    }

    public CatalogPlan Build() => new(_papers, _entryToPaper, _diagnostics);

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
