using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Papers.Topics;

namespace Papers.Catalog;

/// <summary>One digest's row of the catalog table.</summary>
/// <param name="File">The digest's path as declared.</param>
/// <param name="Resource">The manifest resource holding its text.</param>
/// <param name="Year">Its <c>Year</c> metadata, if any.</param>
/// <param name="EntryCount">Its entries, repeats included.</param>
/// <param name="FirstPaper">The catalog index of its first paper not listed before.</param>
/// <param name="Shared">Pairs (entry, catalog index) for entries that repeat an earlier paper.</param>
/// <param name="Sidecar">The manifest resource of the digest's sidecar metadata file; empty when it has none.</param>
internal readonly record struct CatalogRow(string File, string Resource, int? Year, int EntryCount, int FirstPaper, int[] Shared, string Sidecar = "");

/// <summary>
/// The generated catalog's description of its digests as one string of length-prefixed fields
/// (<c>12:digests/a.txt</c>…). One string literal instead of a constructor call per digest keeps the generated
/// static constructor tiny, so the first touch of <c>PaperCatalog</c> costs microseconds even with thousands of
/// digests; length prefixes make any path or text safe. Shared by the generator (encode) and the run time (decode).
/// </summary>
internal static class CatalogTable
{
    private const int FieldsPerRow = 7;

    public static string Encode(IEnumerable<CatalogRow> rows)
    {
        var text = new StringBuilder();
        foreach (CatalogRow row in rows)
        {
            Field(text, row.File);
            Field(text, row.Resource);
            Field(text, row.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            Field(text, row.EntryCount.ToString(CultureInfo.InvariantCulture));
            Field(text, row.FirstPaper.ToString(CultureInfo.InvariantCulture));
            Field(text, Join(row.Shared));
            Field(text, row.Sidecar);
        }

        return text.ToString();
    }

    public static List<CatalogRow> Decode(string table)
    {
        var fields = Fields(table);
        if (fields.Count % FieldsPerRow != 0)
        {
            throw new FormatException("The catalog table is damaged; rebuild the project.");
        }

        var rows = new List<CatalogRow>(fields.Count / FieldsPerRow);
        for (int i = 0; i < fields.Count; i += FieldsPerRow)
        {
            rows.Add(new CatalogRow(
                fields[i],
                fields[i + 1],
                fields[i + 2].Length == 0 ? null : Number(fields[i + 2]),
                Number(fields[i + 3]),
                Number(fields[i + 4]),
                Split(fields[i + 5]),
                fields[i + 6]));
        }

        return rows;
    }

    /// <summary>
    /// The project's topics files, which travel as text (they are small) so the catalog composes the same taxonomy
    /// at run time: (file name, "1" when it replaces the default, text) triples. File names only, so the generated
    /// code does not depend on where the project sits.
    /// </summary>
    public static string EncodeTopics(IEnumerable<TopicsFile> files)
    {
        var items = new List<string>();
        foreach (TopicsFile file in files)
        {
            items.Add(System.IO.Path.GetFileName(file.Path));
            items.Add(file.Replace ? "1" : string.Empty);
            items.Add(file.Text);
        }

        return EncodeList(items);
    }

    public static List<TopicsFile> DecodeTopics(string text)
    {
        List<string> fields = Fields(text);
        var files = new List<TopicsFile>(fields.Count / 3);
        for (int i = 0; i + 2 < fields.Count; i += 3)
        {
            files.Add(new TopicsFile(fields[i], fields[i + 2], fields[i + 1] == "1"));
        }

        return files;
    }

    /// <summary>Length-prefixed strings, for lists of ids and the like.</summary>
    public static string EncodeList(IEnumerable<string> items)
    {
        var text = new StringBuilder();
        foreach (string item in items)
        {
            Field(text, item);
        }

        return text.ToString();
    }

    public static List<string> Fields(string text)
    {
        var fields = new List<string>();
        int position = 0;
        while (position < text.Length)
        {
            int colon = text.IndexOf(':', position);
            if (colon < 0)
            {
                throw new FormatException("The catalog table is damaged; rebuild the project.");
            }

            int length = Number(text.Substring(position, colon - position));
            fields.Add(text.Substring(colon + 1, length));
            position = colon + 1 + length;
        }

        return fields;
    }

    private static void Field(StringBuilder text, string value) =>
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

    private static string Join(int[] numbers)
    {
        var parts = new string[numbers.Length];
        for (int i = 0; i < numbers.Length; i++)
        {
            parts[i] = numbers[i].ToString(CultureInfo.InvariantCulture);
        }

        return string.Join(",", parts);
    }

    private static int[] Split(string text)
    {
        if (text.Length == 0)
        {
            return Array.Empty<int>();
        }

        string[] parts = text.Split(',');
        var numbers = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            numbers[i] = Number(parts[i]);
        }

        return numbers;
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
