using System.Collections.Generic;
using System.Globalization;

namespace Papers.Citations.Styles;

/// <summary>MLA 9 (<c>modern-language-association.csl</c>): <c>Family, Given, et al. “Title.” arXiv:…, arXiv, 2 Apr. 2024, https://doi.org/….</c></summary>
internal sealed class MlaStyle : StyleRules
{
    private static readonly NameList EntryNames = new()
    {
        Format = (name, index) => name.IsLiteral || name.Given.Length == 0
            ? name.Family
            : index == 0 ? name.InvertedWithSuffix($"{name.Family}, {name.GivenNormalized(". ")}") : name.WithSuffix($"{name.GivenNormalized(". ")} {name.Family}"),
        And = "and",
        CommaBeforeLastAlways = true,
        EtAlMin = 3,
        EtAlAfterOne = ", ",
    };

    private static readonly NameList CitedNames = new() { Format = (name, _) => name.Family, And = "and", EtAlMin = 3 };

    public override bool IsNumbered => false;

    protected override NameList BibliographyNames => EntryNames;

    protected override (string, string, string) SortName(PersonName name) => (name.Family, name.Given, string.Empty);

    /// <summary>
    /// Works by the same authors: the in-text citation adds the title, and in the list every entry after the first
    /// gets "———." for the names (subsequent-author-substitute).
    /// </summary>
    public override Disambiguation[] Disambiguate(IReadOnlyList<Reference> references)
    {
        Disambiguation[] result = GivenNamesByCite(references, r => CitedNames.Render(r.Names), titleAsLastResort: true);
        for (int r = 1; r < references.Count; r++)
        {
            if (references[r].Names.Count > 0 && Shown(references[r].Names) == Shown(references[r - 1].Names))
            {
                result[r] = new Disambiguation(result[r].FirstGiven, result[r].CiteTitle, SameAuthorsAsPrevious: true);
            }
        }

        return result;
    }

    public override bool UsesYearSuffix => false;

    protected override bool TitleCasedByStyleFile => true;

    protected override bool HeadlineByGuide => true;

    public override void Entry(Reference reference, EntryContext context, CitationWriter writer)
    {
        if (reference.Names.Count > 0)
        {
            writer.Text(context.Disambiguation.SameAuthorsAsPrevious ? "———" : EntryNames.Render(reference.Names)).Punct(". ");
        }

        var parts = new List<string>();
        if (reference.Number != null)
        {
            parts.Add(reference.Number);
        }

        if (reference.Publisher != null)
        {
            parts.Add(reference.Publisher);
        }

        if (reference.Year is int year)
        {
            string date = year.ToString(CultureInfo.InvariantCulture);
            if (reference.Month is int month)
            {
                date = ShortMonths[month - 1] + " " + date;
                if (reference.Day is int day)
                {
                    date = day.ToString(CultureInfo.InvariantCulture) + " " + date;
                }
            }

            parts.Add(date);
        }

        if ((reference.DoiUrl ?? reference.Url) is string link)
        {
            parts.Add(link);
        }

        Quoted(writer, Title(reference, context), ".");
        if (parts.Count > 0)
        {
            writer.Text(" ").Text(string.Join(", ", parts)).Punct(".");
        }
    }

    public override void InText(Reference reference, EntryContext context, CitationWriter writer)
    {
        writer.Text("(");
        if (reference.Names.Count > 0)
        {
            writer.Text(CitedNames.Render(reference.Names, context.Disambiguation.FirstGiven));
            if (context.Disambiguation.CiteTitle)
            {
                writer.Text(", ");
                Quoted(writer, Title(reference, context));
            }
        }
        else
        {
            Quoted(writer, Title(reference, context));
        }

        writer.Text(")");
    }

    // The names the entry shows, without "et al.": what "———" stands for.
    private static string Shown(IReadOnlyList<PersonName> names) =>
        names.Count >= 3 ? EntryNames.Format(names[0], 0) : EntryNames.Render(names);

    public override IReadOnlyList<string> SortKeys(Reference reference) => new[]
    {
        reference.Names.Count == 0 ? SortKey(reference.Title) : NamesSortKey(reference.Names),
        SortKey(reference.Title),
    };
}
