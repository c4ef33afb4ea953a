using System.Collections.Generic;

namespace Papers.Parsing.Sidecar;

/// <summary>
/// Fills what a digest's entries lack from a sidecar file, matching by arXiv id (version ignored), else by title
/// (TeX, case, accents and punctuation ignored). What the digest itself says always wins. Shared by the
/// generator and the run time, so both see the same ids and metadata.
/// </summary>
internal static class SidecarMerge
{
    /// <summary>Merges and returns the indexes of the sidecar entries that matched an entry.</summary>
    public static HashSet<int> Apply(IReadOnlyList<ParsedEntry> entries, SidecarFile sidecar)
    {
        var matched = new HashSet<int>();
        if (sidecar.Entries.Count == 0)
        {
            return matched;
        }

        SidecarIndex records = sidecar.Index;
        foreach (ParsedEntry entry in entries)
        {
            int index = records.Find(entry);
            if (index >= 0)
            {
                matched.Add(index);
                entry.Metadata = Merged(entry.Metadata, sidecar.Entries[index]);
            }
        }

        return matched;
    }

    // A new metadata object: PaperMetadata.Empty is shared and must never change.
    private static PaperMetadata Merged(PaperMetadata own, SidecarEntry record)
    {
        var merged = new PaperMetadata
        {
            Authors = own.Authors.Count > 0 ? own.Authors : record.Authors,
            ArxivId = own.ArxivId ?? record.ArxivId,
            Doi = own.Doi ?? record.Doi,
            Url = own.Url ?? record.Url,
            Tags = own.Tags,
            Published = own.Published,
            PublishedYear = own.PublishedYear,
        };

        if (merged.Published is null && merged.PublishedYear is null && record.Year is int year)
        {
            if (record.Month is int month && record.Day is int day && PaperDate.IsValid(year, month, day))
            {
                merged.Published = new PaperDate(year, month, day);
            }
            else
            {
                merged.PublishedYear = year;
            }
        }

        return merged;
    }
}
