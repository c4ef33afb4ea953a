using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Papers.Citations.Export;

/// <summary>
/// BibTeX (<c>@misc</c>, <c>eprint</c> + <c>archivePrefix</c>) and BibLaTeX (<c>@online</c>, <c>eprint</c> +
/// <c>eprinttype</c>, ISO <c>date</c>). Every value is braced and TeX-escaped, so the file parses for any text.
/// </summary>
internal static class BibTexWriter
{
    private static readonly string[] MonthMacros = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    public static void Write(IReadOnlyList<Paper> papers, TextWriter writer, bool bibLaTeX, System.Func<Paper, EntryNotes?>? notes = null)
    {
        var references = new List<Reference>(papers.Count);
        foreach (Paper paper in papers)
        {
            references.Add(Reference.Of(paper));
        }

        string[] keys = BibKeys.For(references);
        for (int i = 0; i < references.Count; i++)
        {
            if (i > 0)
            {
                writer.Write('\n');
            }

            Entry(references[i], keys[i], writer, bibLaTeX, notes?.Invoke(references[i].Paper));
        }
    }

    private static void Entry(Reference reference, string key, TextWriter writer, bool bibLaTeX, EntryNotes? notes)
    {
        // BibLaTeX's @online needs a url, doi or eprint; a paper known only by its title is @misc there too.
        bool online = bibLaTeX && (reference.Url != null || reference.Doi != null || reference.ArxivId != null);
        writer.Write(online ? "@online{" : "@misc{");
        writer.Write(key);
        writer.Write(",\n");
        if (reference.Names.Count > 0)
        {
            Field(writer, "author", Authors(reference.Names));
        }

        Field(writer, "title", TexEncoder.Title(reference.Paper.Title.Trim()));
        if (reference.Year is int year)
        {
            if (bibLaTeX)
            {
                Field(writer, "date", IsoDate(year, reference.Month, reference.Day));
            }
            else
            {
                Field(writer, "year", year.ToString(CultureInfo.InvariantCulture));
                if (reference.Month is int month)
                {
                    // The month macro, unbraced: styles print it in their own language and form.
                    writer.Write("  month = ");
                    writer.Write(MonthMacros[month - 1]);
                    writer.Write(",\n");
                }
            }
        }

        if (reference.ArxivId is string arxiv)
        {
            Field(writer, "eprint", arxiv);
            if (bibLaTeX)
            {
                Field(writer, "eprinttype", "arxiv");
            }
            else
            {
                Field(writer, "archivePrefix", "arXiv");
            }
        }

        if (reference.Doi is string doi)
        {
            Field(writer, "doi", TexEncoder.Text(doi));
        }

        if (reference.Url is string url)
        {
            Field(writer, "url", Url(url));
        }

        if (notes?.JournalRef is string journal)
        {
            Field(writer, bibLaTeX ? "addendum" : "journal", TexEncoder.Text(journal));
        }

        if (notes?.Category is string category)
        {
            Field(writer, bibLaTeX ? "eprintclass" : "primaryClass", TexEncoder.Text(category));
        }

        if (notes?.Note is string note)
        {
            Field(writer, "note", TexEncoder.Text(note));
        }

        writer.Write("}\n");
    }

    private static string Authors(IReadOnlyList<PersonName> names)
    {
        var text = new StringBuilder();
        foreach (PersonName name in names)
        {
            if (text.Length > 0)
            {
                text.Append(" and ");
            }

            if (name.IsLiteral || name.Given.Length == 0 || IsRisky(name.Family) || IsRisky(name.Given))
            {
                // A group name, or one whose parts hold a comma or a free-standing "and", goes in its own braces:
                // BibTeX then never splits or abbreviates it.
                text.Append('{').Append(TexEncoder.Text(name.ToString())).Append('}');
            }
            else
            {
                text.Append(TexEncoder.Text(name.Family));
                if (name.Suffix.Length > 0)
                {
                    text.Append(", ").Append(TexEncoder.Text(name.Suffix));
                }

                text.Append(", ").Append(TexEncoder.Text(name.Given));
            }
        }

        return text.ToString();
    }

    private static bool IsRisky(string part) =>
        part.Contains(',', System.StringComparison.Ordinal) || (" " + part + " ").Contains(" and ", System.StringComparison.OrdinalIgnoreCase);

    private static string IsoDate(int year, int? month, int? day)
    {
        string date = year.ToString("D4", CultureInfo.InvariantCulture);
        if (month is int m)
        {
            date += "-" + m.ToString("D2", CultureInfo.InvariantCulture);
            if (day is int d)
            {
                date += "-" + d.ToString("D2", CultureInfo.InvariantCulture);
            }
        }

        return date;
    }

    // URLs are verbatim in BibLaTeX; only what would break the braces or a comment is percent-encoded.
    private static string Url(string url)
    {
        var text = new StringBuilder(url.Length);
        foreach (char c in url)
        {
            switch (c)
            {
                case '{': text.Append("%7B"); break;
                case '}': text.Append("%7D"); break;
                case '\\': text.Append("%5C"); break;
                case '%': text.Append('\\').Append('%'); break;
                case ' ': text.Append("%20"); break;
                default:
                    if (c >= ' ' && c != '\u007F')
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private static void Field(TextWriter writer, string name, string value)
    {
        writer.Write("  ");
        writer.Write(name);
        writer.Write(" = {");
        writer.Write(value);
        writer.Write("},\n");
    }
}
