using System.Collections.Generic;

namespace Papers.Citations.Styles;

/// <summary>Harvard, Cite Them Right (<c>harvard-cite-them-right.csl</c>): <c>Family, I. (2024) “Title.” arXiv. Available at: https://doi.org/….</c></summary>
internal sealed class HarvardStyle : StyleRules
{
    private static readonly NameList EntryNames = new()
    {
        Format = (name, _) => name.IsLiteral || name.Given.Length == 0 ? name.Family : name.InvertedWithSuffix($"{name.Family}, {name.Initials(".")}"),
        And = "and",
        CommaBeforeLastNever = true,
        EtAlMin = 4,
    };

    private static readonly NameList CitedNames = new() { Format = (name, _) => name.Family, And = "and", CommaBeforeLastNever = true, EtAlMin = 4 };

    public override bool IsNumbered => false;

    protected override NameList BibliographyNames => EntryNames;

    protected override NameList CitationNames => CitedNames;

    protected override (string, string, string) SortName(PersonName name) => (name.FamilyCore, name.Initials("."), name.Particle);

    // harvard-cite-them-right.csl: add-givenname by cite.
    public override Disambiguation[] Disambiguate(IReadOnlyList<Reference> references) =>
        GivenNamesByCite(references, r => CitedNames.Render(r.Names) + " " + r.Year, titleAsLastResort: false);

    public override void Entry(Reference reference, EntryContext context, CitationWriter writer)
    {
        string year = "(" + Year(reference, context, "no date") + ")";
        if (reference.Names.Count > 0)
        {
            writer.Text(EntryNames.Render(reference.Names)).Text(" ").Text(year).Text(" ");
            Quoted(writer, Title(reference, context), ".");
        }
        else
        {
            Quoted(writer, Title(reference, context));
            writer.Text(" ").Text(year).Text(".");
        }

        if (reference.Publisher != null)
        {
            writer.Text(" ").Text(reference.Publisher).Punct(".");
        }

        if ((reference.DoiUrl ?? reference.Url) is string link)
        {
            writer.Text(" Available at: ").Text(link).Punct(".");
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
            Quoted(writer, Title(reference, context), ",");
        }

        writer.Text(reference.Names.Count > 0 ? ", " : " ").Text(Year(reference, context, "no date")).Text(")");
    }
}
