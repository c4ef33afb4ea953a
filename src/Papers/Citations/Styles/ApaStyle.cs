using System.Collections.Generic;

namespace Papers.Citations.Styles;

/// <summary>APA 7 (<c>apa.csl</c>): <c>Family, I. (2024). <i>Title</i> (arXiv:…). arXiv. https://doi.org/…</c></summary>
internal sealed class ApaStyle : StyleRules
{
    private static readonly NameList EntryNames = new()
    {
        Format = (name, _) => name.IsLiteral || name.Given.Length == 0 ? name.InvertedWithSuffix(name.Family) : name.InvertedWithSuffix($"{name.Family}, {name.Initials(". ")}"),
        And = "&",
        CommaBeforeLastAlways = true,
        EtAlMin = 21,
        EtAlUseFirst = 19,
        EtAlUseLast = true,
    };

    private static readonly NameList CitedNames = new() { Format = (name, _) => name.Family, And = "&", EtAlMin = 3 };

    public override bool IsNumbered => false;

    protected override NameList BibliographyNames => EntryNames;

    protected override NameList CitationNames => CitedNames;

    protected override (string, string, string) SortName(PersonName name) => (name.Family, name.Initials(". "), string.Empty);

    // apa.csl: givenname-disambiguation-rule="primary-name-with-initials".
    public override Disambiguation[] Disambiguate(IReadOnlyList<Reference> references) => GivenNamesForFirstAuthors(references, initialsOnly: true);

    public override void Entry(Reference reference, EntryContext context, CitationWriter writer)
    {
        string year = "(" + Year(reference, context, "n.d.") + ")";
        if (reference.Names.Count > 0)
        {
            writer.Text(EntryNames.Render(reference.Names)).Punct(". ").Text(year).Text(". ");
            writer.Italic(Title(reference, context));
        }
        else
        {
            // No author: the title takes the author's place.
            writer.Italic(Title(reference, context)).Punct(". ").Text(year);
        }

        if (reference.Number != null)
        {
            writer.Text(" (").Text(reference.Number).Text(")");
        }

        writer.Punct(".");
        if (reference.Publisher != null)
        {
            writer.Text(" ").Text(reference.Publisher).Punct(".");
        }

        string? link = reference.DoiUrl ?? reference.Url;
        if (link != null)
        {
            writer.Text(" ").Text(link);
        }
    }

    public override void InText(Reference reference, EntryContext context, CitationWriter writer)
    {
        writer.Text("(");
        if (reference.Names.Count > 0)
        {
            writer.Text(CitedNames.Render(reference.Names, context.Disambiguation.FirstGiven));
        }
        else
        {
            writer.Italic(CapitalizedTitle(reference));
        }

        writer.Text(", ").Text(Year(reference, context, "n.d.")).Text(")");
    }
}
