using System.Globalization;

namespace Papers.Citations.Styles;

/// <summary>IEEE (<c>ieee.csl</c>): <c>[1] I. Family and J. Other, “Title,” Mar. 05, 2024, arXiv: arXiv:…. doi: ….</c></summary>
internal sealed class IeeeStyle : StyleRules
{
    private static readonly NameList EntryNames = new()
    {
        Format = (name, _) => name.IsLiteral || name.Given.Length == 0 ? name.Family : name.WithSuffix($"{name.Initials(". ")} {name.Family}"),
        And = "and",
        EtAlMin = 7,
    };

    public override bool IsNumbered => true;

    public override string Label(int number) => "[" + number.ToString(CultureInfo.InvariantCulture) + "] ";

    public override void Entry(Reference reference, EntryContext context, CitationWriter writer)
    {
        if (reference.Names.Count > 0)
        {
            writer.Text(EntryNames.Render(reference.Names)).Text(", ");
        }

        bool more = reference.Year != null || reference.Number != null;
        Quoted(writer, Title(reference, context), more ? "," : ".");
        string delimiter = " ";
        if (reference.Year is int year)
        {
            writer.Text(delimiter);
            if (reference.Month is int month)
            {
                writer.Text(ShortMonths[month - 1]).Text(" ");
                if (reference.Day is int day)
                {
                    writer.Text(day.ToString("D2", CultureInfo.InvariantCulture)).Text(", ");
                }
            }

            writer.Text(year.ToString(CultureInfo.InvariantCulture));
            delimiter = ", ";
        }

        if (reference.Number != null)
        {
            writer.Text(delimiter).Text(reference.Publisher).Text(": ").Text(reference.Number);
        }

        if (more)
        {
            writer.Punct(".");
        }

        if (reference.Doi != null)
        {
            writer.Text(" doi: ").Text(reference.Doi).Punct(".");
        }
        else if (reference.Url != null)
        {
            writer.Text(" [Online]. Available: ").Text(reference.Url);
        }
    }

    public override void InText(Reference reference, EntryContext context, CitationWriter writer) =>
        writer.Text("[").Text(context.Number.ToString(CultureInfo.InvariantCulture)).Text("]");
}
