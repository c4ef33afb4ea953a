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

        return TryReadPlainHead(trimmed, out head) || TryReadHeadWithReader(trimmed, out head);
    }

    /// <summary>
    /// The head of a line as the snapshot writes it — compact, strings and nulls up to the title, no \u escape there —
    /// read with a vectorized search for each string's end; false for anything else, which the JSON reader then
    /// reads (and refuses where it is not JSON). Where both read a line, they agree; the tests hold them to that.
    /// </summary>
    internal static bool TryReadPlainHead(ReadOnlySpan<byte> line, out Head head)
    {
        head = default;
        (int Start, int Length, bool Escaped) id = default, title = default;
        bool hasId = false, hasTitle = false;
        int at = 1;
        while (at < line.Length && line[at] == (byte)'"')
        {
            if (!TryReadString(line, at + 1, out int nameEnd, out bool nameEscaped) || nameEscaped
                || nameEnd + 2 >= line.Length || line[nameEnd + 1] != (byte)':')
            {
                return false;
            }

            ReadOnlySpan<byte> name = line[(at + 1)..nameEnd];
            if (line.Slice(nameEnd + 2).StartsWith("null,"u8))
            {
                // The snapshot's empty fields (a submitter, comments) before the title.
                at = nameEnd + 7;
                continue;
            }

            if (line[nameEnd + 2] != (byte)'"' || !TryReadString(line, nameEnd + 3, out int valueEnd, out bool valueEscaped))
            {
                return false;
            }

            var value = (nameEnd + 3, valueEnd - (nameEnd + 3), valueEscaped);
            // A name given twice before both are found: the later value, as the reader takes it.
            if (name.SequenceEqual("id"u8))
            {
                (id, hasId) = (value, true);
            }
            else if (name.SequenceEqual("title"u8))
            {
                (title, hasTitle) = (value, true);
            }

            if (hasId && hasTitle)
            {
                head = new Head(id.Start, id.Length, id.Escaped, title.Start, title.Length, title.Escaped);
                return id.Length > 0;
            }

            at = valueEnd + 2;
            if (valueEnd + 1 >= line.Length || line[valueEnd + 1] != (byte)',')
            {
                return false;
            }
        }

        return false;
    }

    // A JSON string's contents from start to its closing quote (at end): false at a control character, a \u escape
    // or an escape JSON has not got, and when the line ends first.
    private static bool TryReadString(ReadOnlySpan<byte> line, int start, out int end, out bool escaped)
    {
        escaped = false;
        end = start;
        while (true)
        {
            int next = line.Slice(end).IndexOfAny((byte)'"', (byte)'\\');
            if (next < 0)
            {
                return false;
            }

            end += next;
            if (line[end] == (byte)'"')
            {
                return line[start..end].IndexOfAnyInRange((byte)0, (byte)0x1F) < 0;
            }

            if (end + 1 >= line.Length || line[end + 1] is not ((byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t'))
            {
                return false;
            }

            escaped = true;
            end += 2;
        }
    }

    /// <summary>The head as the JSON reader reads it: what <see cref="TryReadHead"/> answers for every line, the plain way or not.</summary>
    internal static bool TryReadHeadWithReader(ReadOnlySpan<byte> trimmed, out Head head)
    {
        head = default;
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
