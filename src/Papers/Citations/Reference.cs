using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Papers.Text;

namespace Papers.Citations;

/// <summary>
/// What a citation needs from a paper, cleaned once: parsed names, the title with TeX turned into Unicode, the
/// date parts that are known, and arXiv, DOI and URL. Styles and exports read only this.
/// </summary>
internal sealed class Reference
{
    private Reference(Paper paper)
    {
        Paper = paper;
        Names = paper.Authors.Count == 0 ? Array.Empty<PersonName>() : new ParsedNames(paper.Authors);
        Title = TexText.ToUnicode(paper.Title).Trim();

        // Which date a citation carries, first found wins: Published metadata (a full date, else a bare year); the
        // year and month of an arXiv id, which say when version 1 was submitted (a 2020 paper trending in a 2024
        // digest is cited as 2020) — with the digest's day when the digest lists it in that same month; else the
        // digest's date line when its year is known (a daily digest lists papers within days of release). No year
        // at all is "n.d.", never invented.
        PaperDate? listed = paper.Date is { HasYear: true } known ? known : null;
        if (paper.Published is PaperDate published)
        {
            (Year, Month, Day) = (published.Year, published.Month, published.Day);
        }
        else if (paper.PublishedYear is int year)
        {
            Year = year;
        }
        else if (Parsing.ArxivId.Submitted(paper.ArxivId) is var (submittedYear, submittedMonth))
        {
            int? day = listed is { } d && d.Year == submittedYear && d.Month == submittedMonth ? d.Day : null;
            (Year, Month, Day) = (submittedYear, submittedMonth, day);
        }
        else if (listed is { } date)
        {
            (Year, Month, Day) = (date.Year, date.Month, date.Day);
        }

        ArxivId = paper.ArxivId;
        Doi = CleanDoi(paper.Doi);
        Url = paper.Url ?? (paper.ArxivId is { } arxiv ? "https://arxiv.org/abs/" + arxiv : null);
    }

    public Paper Paper { get; }

    public IReadOnlyList<PersonName> Names { get; }

    public string Title { get; }

    public int? Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public string? ArxivId { get; }

    public string? Doi { get; }

    public string? Url { get; }

    /// <summary>"arXiv" for arXiv preprints (the CSL publisher), else null.</summary>
    public string? Publisher => ArxivId is null ? null : "arXiv";

    /// <summary>"arXiv:2403.01234" for arXiv preprints (the CSL number, as Zotero records it), else null.</summary>
    public string? Number => ArxivId is null ? null : "arXiv:" + ArxivId;

    /// <summary>The DOI as a resolvable link.</summary>
    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + Doi;

    // The citation view of each paper, built on first use and held by the feature, not the model: the table lets
    // go of it with the paper.
    private static readonly ConditionalWeakTable<Paper, Reference> Cache = new();

    public static Reference Of(Paper paper) => Cache.GetValue(paper, p => new Reference(p));

    /// <summary>Drops a paper's cached view, so the citation benchmark measures building it.</summary>
    internal static void Forget(Paper paper) => Cache.Remove(paper);

    /// <summary>
    /// Author names parsed when first read: most styles show only the first one to six of a long author list, and
    /// sort on those, so the other names of a 50-author paper are never parsed.
    /// </summary>
    private sealed class ParsedNames : IReadOnlyList<PersonName>
    {
        private readonly IReadOnlyList<string> _raw;
        private readonly PersonName?[] _parsed;

        public ParsedNames(IReadOnlyList<string> raw)
        {
            _raw = raw;
            _parsed = new PersonName?[raw.Count];
        }

        public int Count => _parsed.Length;

        // A race parses the same name twice at worst; PersonName is immutable.
        public PersonName this[int index] => _parsed[index] ??= PersonName.Parse(_raw[index]);

        public IEnumerator<PersonName> GetEnumerator()
        {
            for (int i = 0; i < _parsed.Length; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static string? CleanDoi(string? doi)
    {
        if (string.IsNullOrWhiteSpace(doi))
        {
            return null;
        }

        string value = doi!.Trim();
        foreach (string prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "DOI:" })
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return value.Substring(prefix.Length).Trim();
            }
        }

        return value;
    }
}
