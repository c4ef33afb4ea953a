using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Papers.Citations.Export;

/// <summary>
/// RIS: one <c>TAG  - value</c> per line, values on one line (never wrapped), an <c>ER</c> line per record.
/// Text is Unicode with TeX cleaned, as reference managers expect.
/// </summary>
internal static class RisWriter
{
    public static void Write(IReadOnlyList<Paper> papers, TextWriter writer)
    {
        var references = new List<Reference>(papers.Count);
        foreach (Paper paper in papers)
        {
            references.Add(Reference.Of(paper));
        }

        string[] keys = BibKeys.For(references);
        for (int i = 0; i < references.Count; i++)
        {
            Record(references[i], keys[i], writer);
        }
    }

    private static void Record(Reference reference, string key, TextWriter writer)
    {
        Line(writer, "TY", "GEN");
        Line(writer, "ID", key);
        foreach (PersonName name in reference.Names)
        {
            Line(writer, "AU", name.IsLiteral || name.Given.Length == 0 ? name.Family : name.Family + ", " + name.Given + (name.Suffix.Length > 0 ? ", " + name.Suffix : string.Empty));
        }

        Line(writer, "TI", reference.Title);
        if (reference.Year is int year)
        {
            string y = year.ToString("D4", CultureInfo.InvariantCulture);
            Line(writer, "PY", y);
            string month = reference.Month is int m ? m.ToString("D2", CultureInfo.InvariantCulture) : string.Empty;
            string day = reference.Day is int d ? d.ToString("D2", CultureInfo.InvariantCulture) : string.Empty;
            Line(writer, "DA", $"{y}/{month}/{day}/");
        }

        if (reference.Publisher != null)
        {
            Line(writer, "PB", reference.Publisher);
            Line(writer, "M1", reference.Number);
        }

        Line(writer, "DO", reference.Doi);
        Line(writer, "UR", reference.Url);
        Line(writer, "AB", reference.Paper.Abstract);
        foreach (string topic in reference.Paper.Topics)
        {
            Line(writer, "KW", topic);
        }

        writer.Write("ER  - \n");
    }

    private static void Line(TextWriter writer, string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        writer.Write(tag);
        writer.Write("  - ");
        writer.Write(OneLine(value!));
        writer.Write('\n');
    }

    // A record is line-based: line breaks and other control characters become spaces.
    private static string OneLine(string value)
    {
        var text = new StringBuilder(value.Length);
        bool space = false;
        foreach (char c in value.Trim())
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
            {
                space = true;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
