using System;
using System.Collections.Generic;
using System.Globalization;

namespace Papers.Citations.Styles;

/// <summary>
/// One citation style: how it writes a reference-list entry and an in-text citation, and how it orders a
/// bibliography. Each style is written to agree with citeproc-js running the style's CSL file on the CSL-JSON
/// this library exports (see CitationAgreementTests).
/// </summary>
internal abstract class StyleRules
{
    private static readonly StyleRules[] All = { new ApaStyle(), new MlaStyle(), new ChicagoStyle(), new IeeeStyle(), new HarvardStyle(), new VancouverStyle() };

    protected static readonly string[] LongMonths =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    // The en-US locale's short month forms, as citeproc-js prints them.
    protected static readonly string[] ShortMonths =
    {
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec.",
    };

    public static StyleRules For(CitationStyle style) =>
        (uint)style < (uint)All.Length ? All[(int)style] : throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown citation style.");

    /// <summary>Numbered in citation order (IEEE, Vancouver) rather than sorted by author and date.</summary>
    public abstract bool IsNumbered { get; }

    /// <summary>Same author, same year get 2024a, 2024b.</summary>
    public virtual bool UsesYearSuffix => !IsNumbered;

    /// <summary>Whether the style file asks for title case (citeproc-js then capitalizes, never lowers).</summary>
    protected virtual bool TitleCasedByStyleFile => false;

    /// <summary>Whether the style guide itself wants headline case (else sentence case).</summary>
    protected virtual bool HeadlineByGuide => false;

    /// <summary>The label before a numbered entry ("[1] ", "1. "); empty for author-date styles.</summary>
    public virtual string Label(int number) => string.Empty;

    public abstract void Entry(Reference reference, EntryContext context, CitationWriter writer);

    public abstract void InText(Reference reference, EntryContext context, CitationWriter writer);

    /// <summary>The bibliography's sort keys for author-date styles: names (or title), year, title.</summary>
    public virtual IReadOnlyList<string> SortKeys(Reference reference) => new[]
    {
        reference.Names.Count == 0 ? SortKey(reference.Title) : NamesSortKey(reference.Names),
        reference.Year?.ToString("D4", CultureInfo.InvariantCulture) ?? "9999",
        SortKey(reference.Title),
    };

    /// <summary>The title as this style prints it under the caller's casing choice.</summary>
    protected string Title(Reference reference, EntryContext context) => Typography.Polish(context.Casing switch
    {
        TitleCasing.StyleGuide => HeadlineByGuide ? TitleCase.Headline(reference.Title) : TitleCase.Sentence(reference.Title),
        _ => TitleCasedByStyleFile ? TitleCase.Capitalize(reference.Title) : reference.Title,
    });

    /// <summary>The title in title case, as author-date styles cite an anonymous work in the text.</summary>
    protected static string CapitalizedTitle(Reference reference) => Typography.Polish(TitleCase.Capitalize(reference.Title));

    /// <summary>
    /// A title in curly quotes with the following punctuation inside them (American usage), no doubled
    /// punctuation, and quotes inside the title turned to single quotes.
    /// </summary>
    protected static void Quoted(CitationWriter writer, string title, string punctuation = "")
    {
        string inner = title.Replace('“', '‘').Replace('”', '’');
        char last = inner.Length == 0 ? '\0' : inner[inner.Length - 1];
        if (punctuation == "." && last is '.' or '?' or '!')
        {
            punctuation = string.Empty;
        }

        // A period or comma goes inside a quotation the title ends with, too: ‘Dynamical Temperature.’” — but not
        // inside an apostrophe or prime (U(1)’.).
        int end = inner.Length;
        while (end > 0 && ((inner[end - 1] == '’' && inner.Contains('‘', StringComparison.Ordinal)) || (inner[end - 1] == '”' && inner.Contains('“', StringComparison.Ordinal))))
        {
            end--;
        }

        writer.Text("“").Text(inner.Substring(0, end)).Text(punctuation).Text(inner.Substring(end)).Text("”");
    }

    protected static string Year(Reference reference, EntryContext context, string missing) =>
        reference.Year is int year ? year.ToString(CultureInfo.InvariantCulture) + context.YearSuffix : missing + (context.YearSuffix.Length > 0 ? "-" + context.YearSuffix : string.Empty);

    /// <summary>
    /// A name as the style sorts it: citeproc-js sorts on the rendered name, so styles that print initials sort on
    /// initials, and styles that demote particles sort "de Haro" under H.
    /// </summary>
    protected virtual (string Family, string Given, string Particle) SortName(PersonName name) => (name.FamilyCore, name.Given, name.Particle);

    /// <summary>What the rest of the list forces on each entry; nothing unless the style says otherwise.</summary>
    public virtual Disambiguation[] Disambiguate(IReadOnlyList<Reference> references) => new Disambiguation[references.Count];

    /// <summary>
    /// Initials for each first author whose family name another author shown in the text shares with different
    /// initials (<c>C. Chang</c> and <c>C.-H. Chang</c>).
    /// </summary>
    protected static Disambiguation[] GivenNamesForFirstAuthors(IReadOnlyList<Reference> references, bool initialsOnly)
    {
        // CSL's "primary-name" rules compare first authors only.
        var result = new Disambiguation[references.Count];
        var givens = new Dictionary<string, HashSet<string>>(System.StringComparer.Ordinal);
        foreach (Reference reference in references)
        {
            if (reference.Names.Count == 0)
            {
                continue;
            }

            PersonName name = reference.Names[0];
            if (!givens.TryGetValue(name.Family, out HashSet<string>? set))
            {
                givens[name.Family] = set = new HashSet<string>(System.StringComparer.Ordinal);
            }

            set.Add(name.Given);
        }

        for (int r = 0; r < references.Count; r++)
        {
            if (references[r].Names.Count > 0 && references[r].Names[0] is { IsLiteral: false, Given.Length: > 0 } first
                && givens[first.Family].Count > 1)
            {
                result[r] = new Disambiguation(GivenToTellApart(first, givens[first.Family], initialsOnly), false, false);
            }
        }

        return result;
    }

    /// <summary>The given names that tell an author from others of the same family name, or null when none would.</summary>
    protected static string? GivenToTellApart(PersonName name, IEnumerable<string> givens, bool initialsOnly)
    {
        // With initials only (APA), initials are shown when they tell this author from at least one other; full
        // given names (Chicago) when the initials alone are shared with someone else.
        string initials = name.Initials(". ");
        bool helps = false;
        bool shared = false;
        foreach (string other in givens)
        {
            if (other == name.Given)
            {
                continue;
            }

            bool same = PersonName.Of(name.Family, other).Initials(". ") == initials;
            helps |= !same;
            shared |= same;
        }

        if (initialsOnly)
        {
            return helps ? initials : null;
        }

        return shared ? name.GivenNormalized(". ") : initials;
    }

    /// <summary>
    /// The names as the in-text citation shows them (null for numbered styles): two works whose citations would
    /// read the same with the same year get 2024a, 2024b.
    /// </summary>
    protected virtual NameList? CitationNames => null;

    /// <summary>
    /// What decides whether two entries need year letters: the citation as it reads after given names were added to
    /// tell authors apart (or the title, without names), and the year.
    /// </summary>
    public string AmbiguityKey(Reference reference, Disambiguation disambiguation) =>
        (reference.Names.Count == 0 || CitationNames is null ? "\u0002" + reference.Title : disambiguation.FirstGiven + "\u0003" + CitationNames.Render(reference.Names))
        + "\u0001" + reference.Year?.ToString(CultureInfo.InvariantCulture);

    /// <summary>The names of the reference list, for sorting; null for numbered styles.</summary>
    protected virtual NameList? BibliographyNames => null;

    protected string NamesSortKey(IReadOnlyList<PersonName> names)
    {
        var key = new System.Text.StringBuilder(32 * names.Count);
        int shown = BibliographyNames!.ShownInEntry(names.Count);
        for (int i = 0; i < shown; i++)
        {
            (string family, string given, string particle) = SortName(names[i]);
            Part(key, family);
            Part(key, given);
            Part(key, particle);
        }

        return key.ToString();

        static void Part(System.Text.StringBuilder key, string part)
        {
            // An absent part (no particle, no given name) adds no separator: "doe jane", not "doe jane ".
            if (part.Length == 0)
            {
                return;
            }

            if (key.Length > 0 && key[key.Length - 1] != ' ')
            {
                key.Append(' ');
            }

            AppendSortKey(key, part);
        }
    }

    /// <summary>
    /// CSL's by-cite rule: when in-text citations read the same (<paramref name="cited"/> gives the text), the
    /// first author's initials — or full given names when the initials match too — tell them apart.
    /// </summary>
    protected static Disambiguation[] GivenNamesByCite(IReadOnlyList<Reference> references, System.Func<Reference, string> cited, bool titleAsLastResort)
    {
        var result = new Disambiguation[references.Count];
        var keys = new string?[references.Count];
        var groups = new Dictionary<string, List<int>>(System.StringComparer.Ordinal);
        for (int r = 0; r < references.Count; r++)
        {
            if (references[r].Names.Count == 0)
            {
                continue;
            }

            string key = keys[r] = cited(references[r]);
            if (!groups.TryGetValue(key, out List<int>? same))
            {
                groups[key] = same = new List<int>(1);
            }

            same.Add(r);
        }

        for (int r = 0; r < references.Count; r++)
        {
            if (keys[r] is not string key || groups[key] is not { Count: > 1 } clash)
            {
                continue;
            }

            // Given names go to every author they tell from someone in the clash; the title goes to those that
            // still read like another (citeproc-js: "(C. Chang)", "(H. Chang, “Two”)", "(H. Chang, “Three”)").
            PersonName first = references[r].Names[0];
            var givens = new List<string>(clash.Count);
            bool differs = false;
            bool twin = false;
            foreach (int other in clash)
            {
                string given = references[other].Names[0].Given;
                givens.Add(given);
                if (other != r)
                {
                    bool same = string.Equals(given, first.Given, System.StringComparison.Ordinal);
                    differs |= !same;
                    twin |= same;
                }
            }

            string? firstGiven = differs && !first.IsLiteral && first.Given.Length > 0 ? GivenToTellApart(first, givens, initialsOnly: false) : null;
            result[r] = new Disambiguation(firstGiven, titleAsLastResort && twin, false);
        }

        return result;
    }

    /// <summary>
    /// A sort key compared the way citeproc-js compares (lower case, accents and punctuation ignored, spaces kept
    /// and sorting before letters): "A.B.Kaidalov" sorts as "abkaidalov", "A Challenger" before "Abbas".
    /// </summary>
    protected static string SortKey(string title)
    {
        var key = new System.Text.StringBuilder(title.Length);
        AppendSortKey(key, title);
        return key.ToString();
    }

    private static void AppendSortKey(System.Text.StringBuilder key, string text)
    {
        // Decomposing is only needed for non-ASCII text (to drop accents); most keys are ASCII.
        bool ascii = true;
        foreach (char c in text)
        {
            if (c > '\u007F')
            {
                ascii = false;
                break;
            }
        }

        foreach (char c in ascii ? text : Papers.Text.Normalization.Normalize(text, System.Text.NormalizationForm.FormD))
        {
            if (c < '\u0080')
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    key.Append(c);
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    key.Append((char)(c + 32));
                }
                else if (c is ' ' or '\t' && key.Length > 0 && key[key.Length - 1] != ' ')
                {
                    key.Append(' ');
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                char lower = char.ToLowerInvariant(c);
                key.Append(lower switch
                {
                    // Letters ICU treats as variants of a base letter but Unicode does not decompose.
                    'ø' => "o", 'æ' => "ae", 'œ' => "oe", 'ß' => "ss", 'ł' => "l", 'đ' => "d", 'þ' => "th", 'ı' => "i",
                    _ => lower.ToString(),
                });
            }
            else if (char.IsWhiteSpace(c) && key.Length > 0 && key[key.Length - 1] != ' ')
            {
                key.Append(' ');
            }
        }
    }
}

/// <summary>
/// What an entry's formatting depends on besides the paper: its number and year suffix, the title casing, and
/// what the rest of the list forces on it (initials to tell two authors apart, MLA's title and "———").
/// </summary>
/// <param name="Number">The entry's number in the list (numbered styles).</param>
/// <param name="YearSuffix">"a", "b"… when the list has two works of the same authors and year.</param>
/// <param name="Casing">How titles are cased.</param>
/// <param name="Disambiguation">What the rest of the list forces on the entry.</param>
internal readonly record struct EntryContext(int Number, string YearSuffix, TitleCasing Casing, Disambiguation Disambiguation = default);

/// <summary>How an entry is told apart from others in the same list.</summary>
/// <param name="FirstGiven">Given names (or initials) to put before the first author's family name in the text.</param>
/// <param name="CiteTitle">MLA: another work has the same authors, so the in-text citation names the title too.</param>
/// <param name="SameAuthorsAsPrevious">MLA: the entry before has exactly these authors ("———." replaces them).</param>
internal readonly record struct Disambiguation(string? FirstGiven, bool CiteTitle, bool SameAuthorsAsPrevious);
