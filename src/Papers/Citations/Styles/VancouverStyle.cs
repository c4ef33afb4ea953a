using System.Globalization;

namespace Papers.Citations.Styles;

/// <summary>Vancouver / NLM (<c>nlm-citation-sequence.csl</c>): <c>1. Family IN. Title [Internet]. arXiv; 2024. Available from: … doi:…</c></summary>
internal sealed class VancouverStyle : StyleRules
{
    private static readonly NameList EntryNames = new()
    {
        Format = (name, _) => name.IsLiteral || name.Given.Length == 0 ? name.Family : $"{name.Family} {name.Initials(string.Empty, keepHyphen: false)}" + (name.Suffix.Length > 0 ? " " + name.Suffix : string.Empty),
        EtAlMin = 7,
        EtAlUseFirst = 6,
    };

    public override bool IsNumbered => true;

    public override string Label(int number) => number.ToString(CultureInfo.InvariantCulture) + ". ";

    public override void Entry(Reference reference, EntryContext context, CitationWriter writer)
    {
        if (reference.Names.Count > 0)
        {
            writer.Text(EntryNames.Render(reference.Names)).Punct(". ");
        }

        writer.Text(Title(reference, context));
        if (reference.Url != null)
        {
            writer.Text(" [Internet]");
        }

        writer.Punct(".");
        if (reference.Publisher != null || reference.Year != null)
        {
            writer.Text(" ");
            if (reference.Publisher != null)
            {
                writer.Text(reference.Publisher).Text(reference.Year != null ? "; " : ".");
            }

            if (reference.Year is int year)
            {
                writer.Text(year.ToString(CultureInfo.InvariantCulture)).Text(".");
            }
        }

        if (reference.Url != null)
        {
            writer.Text(" Available from: ").Text(reference.Url);
        }

        if (reference.Doi != null)
        {
            writer.Text(" doi:").Text(reference.Doi);
        }
    }

    public override void InText(Reference reference, EntryContext context, CitationWriter writer) =>
        writer.Text("(").Text(context.Number.ToString(CultureInfo.InvariantCulture)).Text(")");
}
