using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Papers.Citations.Export;

/// <summary>
/// CSL-JSON as citeproc-js and Zotero read it: arXiv preprints as Zotero records them (<c>type: article</c>,
/// <c>publisher: arXiv</c>, <c>number: arXiv:…</c>), names split into family and given, TeX turned into Unicode.
/// </summary>
internal static class CslJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IReadOnlyList<Paper> papers, TextWriter writer, System.Func<Paper, EntryNotes?>? notes = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (Paper paper in papers)
            {
                Item(Reference.Of(paper), json, notes?.Invoke(paper));
            }

            json.WriteEndArray();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
    }

    private static void Item(Reference reference, Utf8JsonWriter json, EntryNotes? notes)
    {
        json.WriteStartObject();
        json.WriteString("id", reference.Paper.Id);
        json.WriteString("type", "article");
        json.WriteString("title", reference.Title);
        if (reference.Names.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (PersonName name in reference.Names)
            {
                json.WriteStartObject();
                if (name.IsLiteral || name.Given.Length == 0)
                {
                    json.WriteString("literal", name.Family);
                }
                else
                {
                    json.WriteString("family", name.Family);
                    json.WriteString("given", name.Given);
                    if (name.Suffix.Length > 0)
                    {
                        json.WriteString("suffix", name.Suffix);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (reference.Year is int year)
        {
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(year);
            if (reference.Month is int month)
            {
                json.WriteNumberValue(month);
                if (reference.Day is int day)
                {
                    json.WriteNumberValue(day);
                }
            }

            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (reference.Publisher != null)
        {
            json.WriteString("publisher", reference.Publisher);
            json.WriteString("number", reference.Number);
        }

        if (reference.Doi != null)
        {
            json.WriteString("DOI", reference.Doi);
        }

        if (reference.Url != null)
        {
            json.WriteString("URL", reference.Url);
        }

        if (reference.Paper.Abstract.Length > 0)
        {
            json.WriteString("abstract", reference.Paper.Abstract);
        }

        if (notes?.JournalRef is string journal)
        {
            // Where the preprint appeared, as arXiv records it (free text: "Phys.Rev.D76:013009,2007").
            json.WriteString("container-title", journal);
        }

        if (notes?.Category is string category)
        {
            json.WriteString("keyword", category);
        }

        if (notes?.Note is string note)
        {
            json.WriteString("note", note);
        }

        json.WriteEndObject();
    }
}
