using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Papers.Citations;
using Papers.Citations.Styles;

namespace Papers.Citations;

/// <summary>
/// Papers as one style's reference list: sorted (author-date styles) or numbered in the order given (IEEE,
/// Vancouver), with 2024a/2024b for same author, same year, and in-text citations that agree with the list.
/// A paper that appears twice is listed once.
/// </summary>
public sealed class Bibliography
{
    private readonly Dictionary<Paper, BibliographyEntry> _byPaper = new();
    private readonly StyleRules _rules;

    /// <summary>Builds the reference list of <paramref name="papers"/> in <paramref name="style"/>.</summary>
    public Bibliography(IEnumerable<Paper> papers, CitationStyle style, TitleCasing casing = TitleCasing.AsStyleFile)
    {
        ArgumentNullException.ThrowIfNull(papers);
        _rules = StyleRules.For(style);
        Style = style;
        Casing = casing;

        List<Reference> references = PaperCitations.Distinct(papers, nameof(papers)).ConvertAll(Reference.Of);

        // Sort keys are computed once per entry, not once per comparison.
        IReadOnlyList<string>[] keys = _rules.IsNumbered ? Array.Empty<IReadOnlyList<string>>() : references.ConvertAll(_rules.SortKeys).ToArray();
        if (!_rules.IsNumbered)
        {
            (references, keys) = Sorted(references, keys);
        }

        Disambiguation[] disambiguations = _rules.Disambiguate(references);
        string[] suffixes = YearSuffixes(references, disambiguations);
        var entries = new List<BibliographyEntry>(references.Count);
        for (int i = 0; i < references.Count; i++)
        {
            var entry = new BibliographyEntry(this, references[i], new EntryContext(i + 1, suffixes[i], casing, disambiguations[i]));
            entries.Add(entry);
            _byPaper[references[i].Paper] = entry;
        }

        Entries = entries;
    }

    /// <summary>The style every entry and in-text citation follows.</summary>
    public CitationStyle Style { get; }

    /// <summary>How titles are cased: as written, or as the style's guide says.</summary>
    public TitleCasing Casing { get; }

    /// <summary>The entries in the order the style lists them.</summary>
    public IReadOnlyList<BibliographyEntry> Entries { get; }

    internal StyleRules Rules => _rules;

    /// <summary>The in-text citation of a paper of this list: <c>(Doe et al., 2024a)</c>, <c>[3]</c>.</summary>
    /// <exception cref="ArgumentException">The paper is not in the list.</exception>
    public string CiteInText(Paper paper, CitationFormat format = CitationFormat.Text)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return _byPaper.TryGetValue(paper, out BibliographyEntry? entry)
            ? entry.InText(format)
            : throw new ArgumentException($"'{paper.ShortName}' ({paper.Source}) is not in this bibliography.", nameof(paper));
    }

    /// <summary>The whole list, one entry per line, labelled as the style numbers them.</summary>
    public string ToString(CitationFormat format)
    {
        var text = new StringBuilder(Entries.Count * 200);
        foreach (BibliographyEntry entry in Entries)
        {
            if (format == CitationFormat.Html)
            {
                text.Append("<div class=\"csl-entry\">");
            }

            entry.WriteTo(new CitationWriter(format, text), labelled: true);
            text.Append(format switch
            {
                CitationFormat.Html => "</div>\n",
                CitationFormat.Markdown => "\n\n",
                _ => "\n",
            });
        }

        return text.ToString();
    }

    /// <summary>The list as plain text.</summary>
    public override string ToString() => ToString(CitationFormat.Text);

    private static (List<Reference>, IReadOnlyList<string>[]) Sorted(List<Reference> references, IReadOnlyList<string>[] keys)
    {
        var order = new int[references.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Keys are already folded (case, accents, punctuation), so ordinal order is citeproc-js's order; ties keep
        // the input order.
        Array.Sort(order, (a, b) =>
        {
            IReadOnlyList<string> x = keys[a];
            IReadOnlyList<string> y = keys[b];
            for (int k = 0; k < x.Count; k++)
            {
                int c = string.CompareOrdinal(x[k], y[k]);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.CompareTo(b);
        });

        var sorted = new List<Reference>(order.Length);
        var sortedKeys = new IReadOnlyList<string>[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            sorted.Add(references[order[i]]);
            sortedKeys[i] = keys[order[i]];
        }

        return (sorted, sortedKeys);
    }

    // Citations that would read the same (same cited names, or without names the same title) and the same year:
    // a, b, c in list order.
    private string[] YearSuffixes(List<Reference> references, Disambiguation[] disambiguations)
    {
        var suffixes = new string[references.Count];
        Array.Fill(suffixes, string.Empty);
        if (!_rules.UsesYearSuffix)
        {
            return suffixes;
        }

        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < references.Count; i++)
        {
            Reference reference = references[i];
            string key = _rules.AmbiguityKey(reference, disambiguations[i]);
            if (!groups.TryGetValue(key, out List<int>? members))
            {
                groups[key] = members = new List<int>();
            }

            members.Add(i);
        }

        foreach (List<int> members in groups.Values)
        {
            if (members.Count > 1)
            {
                for (int m = 0; m < members.Count; m++)
                {
                    suffixes[members[m]] = LetterSuffix.For(m);
                }
            }
        }

        return suffixes;
    }
}

/// <summary>One entry of a <see cref="Bibliography"/>.</summary>
public sealed class BibliographyEntry
{
    private readonly Bibliography _owner;
    private readonly Reference _reference;

    private readonly EntryContext _context;

    internal BibliographyEntry(Bibliography owner, Reference reference, EntryContext context)
    {
        _owner = owner;
        _reference = reference;
        _context = context;
    }

    /// <summary>The paper this entry cites.</summary>
    public Paper Paper => _reference.Paper;

    /// <summary>Its position in the list, from 1.</summary>
    public int Number => _context.Number;

    /// <summary>"a", "b", … when the style tells same-author same-year entries apart; else empty.</summary>
    public string YearSuffix => _context.YearSuffix;

    /// <summary>The entry, without its number label.</summary>
    public string Format(CitationFormat format = CitationFormat.Text) => Format(format, labelled: false);

    /// <summary>The in-text citation, agreeing with this list (year suffixes, initials, numbers).</summary>
    public string InText(CitationFormat format = CitationFormat.Text)
    {
        var writer = new CitationWriter(format);
        _owner.Rules.InText(_reference, _context, writer);
        return writer.ToString();
    }

    /// <summary>The entry as plain text, labelled.</summary>
    public override string ToString() => Format(CitationFormat.Text, labelled: true);

    internal string Format(CitationFormat format, bool labelled)
    {
        var writer = new CitationWriter(format);
        WriteTo(writer, labelled);
        return writer.ToString();
    }

    internal void WriteTo(CitationWriter writer, bool labelled)
    {
        if (labelled)
        {
            writer.Text(_owner.Rules.Label(Number));
        }

        _owner.Rules.Entry(_reference, _context, writer);
    }
}
