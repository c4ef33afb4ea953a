using System.Globalization;
using System.Text.Json;

namespace Papers.Tool.Enrich;

/// <summary>
/// One line of arXiv's metadata snapshot (<c>arxiv-metadata-oai-snapshot.json</c>): a JSON object with <c>id</c>,
/// <c>authors</c>, <c>title</c>, <c>doi</c>, <c>journal-ref</c>, <c>categories</c>, <c>versions</c>,
/// <c>authors_parsed</c>…. Most lines are only glanced at (id and title); a candidate's line is read whole.
/// </summary>
internal static class SnapshotLine
{
    /// <summary>Where a line's id and title are: byte ranges of the raw JSON string contents.</summary>
    public readonly record struct Head(int IdStart, int IdLength, bool IdEscaped, int TitleStart, int TitleLength, bool TitleEscaped)
    {
        public ReadOnlySpan<byte> Id(ReadOnlySpan<byte> line) => line.Slice(IdStart, IdLength);

        public ReadOnlySpan<byte> Title(ReadOnlySpan<byte> line) => line.Slice(TitleStart, TitleLength);
    }

    /// <summary>Finds the id and title near the start of a line; false when it is not such a JSON object.</summary>
    public static bool TryReadHead(ReadOnlySpan<byte> line, out Head head)
    {
        head = default;
        // A line cut short (a truncated download) cannot end in the object's brace.
        ReadOnlySpan<byte> trimmed = line.TrimEnd("\r\n\t "u8);
        if (trimmed.Length < 2 || trimmed[0] != (byte)'{' || trimmed[^1] != (byte)'}')
        {
            return false;
        }

        var reader = new Utf8JsonReader(trimmed, new JsonReaderOptions { MaxDepth = 8 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            (int Start, int Length, bool Escaped)? id = null, title = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isId = reader.ValueTextEquals("id"u8);
                bool isTitle = !isId && reader.ValueTextEquals("title"u8);
                if (!reader.Read())
                {
                    return false;
                }

                if ((isId || isTitle) && reader.TokenType == JsonTokenType.String)
                {
                    // A string token starts at its opening quote; its value is the raw bytes after it.
                    var value = ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
                    if (isId)
                    {
                        id = value;
                    }
                    else
                    {
                        title = value;
                    }

                    if (id is { } i && title is { } t)
                    {
                        head = new Head(i.Start, i.Length, i.Escaped, t.Start, t.Length, t.Escaped);
                        return i.Length > 0;
                    }
                }
                else if (!reader.TrySkip())
                {
                    return false;
                }
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The text of a JSON string's raw contents (escapes decoded).</summary>
    public static string Decode(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!escaped)
        {
            return System.Text.Encoding.UTF8.GetString(raw);
        }

        byte[] quoted = new byte[raw.Length + 2];
        quoted[0] = quoted[^1] = (byte)'"';
        raw.CopyTo(quoted.AsSpan(1));
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.GetString()!;
    }

    /// <summary>Reads a whole line into a record; null when it is not valid JSON of that shape.</summary>
    public static ArxivRecord? Parse(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line.TrimEnd("\r\n\t "u8), new JsonReaderOptions { MaxDepth = 16 });
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "id") is not string id || Text(root, "title") is not string title)
            {
                return null;
            }

            return new ArxivRecord(
                id.Trim(),
                title,
                Authors(root),
                Text(root, "doi")?.Trim() is { Length: > 0 } doi ? doi : null,
                Text(root, "journal-ref")?.Trim() is { Length: > 0 } journal ? Collapse(journal) : null,
                Text(root, "categories") is string categories && categories.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } list ? list[0] : null,
                FirstVersion(root));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // authors_parsed gives [last, first, suffix] per author — particles in "last", suffixes apart — which the
    // citation name parser reads back exactly as "Last, Suffix, First". Without it, the authors text is split.
    private static List<string> Authors(JsonElement root)
    {
        var authors = new List<string>();
        if (root.TryGetProperty("authors_parsed", out JsonElement parsed) && parsed.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement author in parsed.EnumerateArray())
            {
                if (author.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                string[] parts = author.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.String ? Collapse(p.GetString()!) : string.Empty).ToArray();
                string last = parts.Length > 0 ? parts[0] : string.Empty;
                string first = parts.Length > 1 ? parts[1] : string.Empty;
                string suffix = parts.Length > 2 ? parts[2] : string.Empty;
                if (last.Length == 0)
                {
                    continue;
                }

                authors.Add(first.Length == 0 ? last : suffix.Length > 0 ? $"{last}, {suffix}, {first}" : $"{last}, {first}");
            }

            if (authors.Count > 0)
            {
                return authors;
            }
        }

        if (Text(root, "authors") is string text)
        {
            foreach (string part in Collapse(text).Replace(" and ", ", ", StringComparison.Ordinal).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                authors.Add(part);
            }
        }

        return authors;
    }

    // versions[0].created: "Mon, 2 Apr 2007 19:18:42 GMT".
    private static DateOnly? FirstVersion(JsonElement root)
    {
        if (root.TryGetProperty("versions", out JsonElement versions) && versions.ValueKind == JsonValueKind.Array
            && versions.GetArrayLength() > 0 && versions[0].ValueKind == JsonValueKind.Object
            && Text(versions[0], "created") is string created
            && DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset when))
        {
            return DateOnly.FromDateTime(when.UtcDateTime);
        }

        return null;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
