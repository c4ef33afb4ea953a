using System.Collections.Generic;
using System.Globalization;

namespace Papers.Citations.Styles;

/// <summary>Chicago 17 author-date (<c>chicago-author-date.csl</c>): <c>Family, Given. 2024. “Title.” arXiv:…. Preprint, arXiv, March 5. https://doi.org/….</c></summary>
internal sealed class ChicagoStyle : StyleRules
{
    private static readonly NameList EntryNames = new()
    {
        Format = (name, index) => name.IsLiteral || name.Given.Length == 0
            ? name.Family
            : index == 0 ? name.InvertedWithSuffix(Inverted(name)) : name.WithSuffix($"{name.GivenNormalized(". ")} {name.Family}"),
        And = "and",
        CommaBeforeLastAlways = true,
        EtAlMin = 7,
        EtAlUseFirst = 3,
    };

    private static readonly NameList CitedNames = new() { Format = (name, _) => name.Family, And = "and", EtAlMin = 3 };

    public override bool IsNumbered => false;

    protected override NameList BibliographyNames => EntryNames;

    protected override NameList CitationNames => CitedNames;

    // Particles follow the given names when the name is inverted: "Heer, Walt A. de".
    private static string Inverted(PersonName name) =>
        name.Particle.Length == 0 ? $"{name.Family}, {name.GivenNormalized(". ")}" : $"{name.FamilyCore}, {name.GivenNormalized(". ")} {name.Particle}";

    // chicago-author-date.csl: givenname-disambiguation-rule="primary-name", particles demoted for sorting.
    public override Disambiguation[] Disambiguate(IReadOnlyList<Reference> references) => GivenNamesForFirstAuthors(references, initialsOnly: false);

    protected override bool TitleCasedByStyleFile => true;

    protected override bool HeadlineByGuide => true;

    public override void Entry(Reference reference, EntryContext context, CitationWriter writer)
    {
        string year = Year(reference, context, "n.d.");
        if (reference.Names.Count > 0)
        {
            writer.Text(EntryNames.Render(reference.Names)).Punct(". ").Text(year).Punct(". ");
            Quoted(writer, Title(reference, context), ".");
        }
        else
        {
            Quoted(writer, Title(reference, context), ".");
            writer.Text(" ").Text(year).Punct(".");
        }

        if (reference.Number != null)
        {
            writer.Text(" ").Text(reference.Number).Punct(".");
        }

        writer.Text(" Preprint");
        if (reference.Publisher != null)
        {
            writer.Text(", ").Text(reference.Publisher);
        }

        if (reference.Year != null && reference.Month is int month)
        {
            writer.Text(", ").Text(LongMonths[month - 1]);
            if (reference.Day is int day)
            {
                writer.Text(" ").Text(day.ToString(CultureInfo.InvariantCulture));
            }
        }

        writer.Punct(".");
        if ((reference.DoiUrl ?? reference.Url) is string link)
        {
            writer.Text(" ").Text(link).Punct(".");
        }
    }

    public override void InText(Reference reference, EntryContext context, CitationWriter writer)
    {
        writer.Text("(");
        if (reference.Names.Count > 0)
        {
            writer.Text(CitedNames.Render(reference.Names, context.Disambiguation.FirstGiven)).Text(" ").Text(Year(reference, context, "n.d."));
        }
        else
        {
            Quoted(writer, Title(reference, context), reference.Year == null ? "," : string.Empty);
            writer.Text(" ").Text(Year(reference, context, "n.d."));
        }

        writer.Text(")");
    }
}
