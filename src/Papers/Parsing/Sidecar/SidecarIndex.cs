using System;
using System.Collections.Generic;

namespace Papers.Parsing.Sidecar;

/// <summary>
/// A sidecar's records by arXiv id (version ignored) and by title key (TeX, case, accents and punctuation ignored),
/// the first record of each. Built once per sidecar (<see cref="SidecarFile.Index"/>): every digest of a catalog is
/// merged against the same file, and keying each record's title is the costly part.
/// </summary>
internal sealed class SidecarIndex
{
    private readonly Dictionary<string, int> _byArxiv = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byTitle = new(StringComparer.Ordinal);

    public SidecarIndex(IReadOnlyList<SidecarEntry> records)
    {
        for (int i = 0; i < records.Count; i++)
        {
            SidecarEntry record = records[i];
            if (record.ArxivId != null && !_byArxiv.ContainsKey(SidecarFile.ArxivKey(record.ArxivId)))
            {
                _byArxiv[SidecarFile.ArxivKey(record.ArxivId)] = i;
            }

            string key = record.Title is null ? string.Empty : SidecarFile.TitleKey(record.Title);
            if (key.Length > 0 && !_byTitle.ContainsKey(key))
            {
                _byTitle[key] = i;
            }
        }
    }

    /// <summary>The index of the record for an entry: by its arXiv id, else by its title; -1 when none.</summary>
    public int Find(ParsedEntry entry)
    {
        if (entry.Metadata.ArxivId is string arxiv && _byArxiv.TryGetValue(SidecarFile.ArxivKey(arxiv), out int byId))
        {
            return byId;
        }

        return _byTitle.TryGetValue(SidecarFile.TitleKey(entry.Title), out int byName) ? byName : -1;
    }
}
