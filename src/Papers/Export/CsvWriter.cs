using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Papers.Export;

/// <summary>RFC 4180 CSV of <see cref="PaperRecord"/>s: the one export a spreadsheet opens.</summary>
internal static class CsvWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static long Write(IEnumerable<PaperRecord> records, Stream destination)
    {
        using var writer = new StreamWriter(destination, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", PaperRecord.Columns));
        long rows = 0;
        foreach (PaperRecord r in records)
        {
            Text(writer, r.Id);
            Text(writer, r.Title);
            Text(writer, r.ShortName);
            Text(writer, r.Abstract);
            Number(writer, r.DateYear);
            Number(writer, r.DateMonth);
            Number(writer, r.DateDay);
            Number(writer, r.PublishedYear);
            Number(writer, r.PublishedMonth);
            Number(writer, r.PublishedDay);
            List(writer, r.Authors);
            Text(writer, r.ArxivId);
            Text(writer, r.Doi);
            Text(writer, r.Url);
            List(writer, r.Links);
            Text(writer, r.CodeUrl);
            List(writer, r.Tags);
            List(writer, r.Topics);
            List(writer, r.Keyphrases);
            Text(writer, r.DigestFile);
            writer.Write(r.DigestLine.ToString(CultureInfo.InvariantCulture));
            writer.WriteLine();
            rows++;
        }

        return rows;
    }

    private static void Text(TextWriter writer, string? value)
    {
        if (value is not null)
        {
            writer.Write('"');
            writer.Write(value.Replace("\"", "\"\"", System.StringComparison.Ordinal));
            writer.Write('"');
        }

        writer.Write(',');
    }

    private static void Number(TextWriter writer, int? value)
    {
        if (value is int n)
        {
            writer.Write(n.ToString(CultureInfo.InvariantCulture));
        }

        writer.Write(',');
    }

    private static void List<T>(TextWriter writer, IReadOnlyList<T> values) =>
        Text(writer, JsonSerializer.Serialize(values, JsonLinesWriter.Options));
}
