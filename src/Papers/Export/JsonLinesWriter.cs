using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Papers.Export;

/// <summary>One JSON object per line, through <see cref="Utf8JsonWriter"/> straight into the stream.</summary>
internal static class JsonLinesWriter
{
    // Relaxed escaping keeps non-ASCII text as UTF-8 (a file, not HTML); controls such as NUL still become \u0000.
    internal static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static long Write(IEnumerable<PaperRecord> records, Stream destination)
    {
        long rows = 0;
        using var json = new Utf8JsonWriter(destination, WriterOptions);
        foreach (PaperRecord record in records)
        {
            JsonSerializer.Serialize(json, record, Options);
            json.Flush();
            destination.WriteByte((byte)'\n');
            json.Reset(destination);
            rows++;
        }

        return rows;
    }
}
