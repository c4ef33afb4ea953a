using System.Collections.Generic;
using System.Globalization;

namespace Papers.Citations.Styles;

/// <summary>IEEE (<c>ieee.csl</c>): <c>[1] I. Family and J. Other, “Title,” Mar. 05, 2024, arXiv: arXiv:…. doi: ….</c></summary>
internal sealed class IeeeStyle : StyleRules
{
    private static readonly NameList EntryNames = new()
    {
        Format = (name, _) => name.IsLiteral || name.Given.Length == 0 ? name.Family : $"{name.Initials(". ")} {name.Family}" + (name.Suffix.Length > 0 ? ", " + name.Suffix : string.Empty),
        And = "and",
        EtAlMin = 7,
    };

    public override bool IsNumbered => true;

    public override string Label(int number) => "[" + number.ToString(CultureInfo.InvariantCulture) + "] ";

    public override void Entry(Reference reference, EntryContext context, CitationWriter writer)
    {
        var parts = new List<string>();
        if (reference.Year is int year)
        {
            string date = year.ToString(CultureInfo.InvariantCulture);
            if (reference.Month is int month)
            {
                date = reference.Day is int day
                    ? $"{ShortMonths[month - 1]} {day.ToString("D2", CultureInfo.InvariantCulture)}, {date}"
                    : $"{ShortMonths[month - 1]} {date}";
            }

            parts.Add(date);
        }

        if (reference.Number != null)
        {
            parts.Add(reference.Publisher + ": " + reference.Number);
        }

        if (reference.Names.Count > 0)
        {
            writer.Text(EntryNames.Render(reference.Names)).Text(", ");
        }

        Quoted(writer, Title(reference, context), parts.Count > 0 ? "," : ".");
        if (parts.Count > 0)
        {
            writer.Text(" ").Text(string.Join(", ", parts)).Punct(".");
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
