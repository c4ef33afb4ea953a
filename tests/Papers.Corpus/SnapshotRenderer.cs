using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Papers.Corpus;

/// <summary>One record of arXiv's metadata snapshot, as its JSON lines carry it.</summary>
public sealed record SnapshotRecord(
    string Id,
    string Title,
    string Authors,
    IReadOnlyList<string[]> AuthorsParsed,
    string? Doi,
    string? JournalRef,
    string Categories,
    string Abstract,
    IReadOnlyList<(string Version, string Created)> Versions);

/// <summary>
/// Writes records in the shape of <c>arxiv-metadata-oai-snapshot.json</c> (one JSON object per line, the snapshot's
/// own field order), and reads <c>arxiv-oai-2000.csv</c> rows — whose lists are Python literals and whose ids lost
/// their zeros — back into such records.
/// </summary>
public static class SnapshotRenderer
{
    public static string Line(SnapshotRecord record)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", record.Id);
            json.WriteNull("submitter");
            json.WriteString("authors", record.Authors);
            json.WriteString("title", record.Title);
            json.WriteNull("comments");
            Optional(json, "journal-ref", record.JournalRef);
            Optional(json, "doi", record.Doi);
            json.WriteNull("report-no");
            json.WriteString("categories", record.Categories);
            json.WriteNull("license");
            json.WriteString("abstract", record.Abstract);
            json.WriteStartArray("versions");
            foreach (var (version, created) in record.Versions)
            {
                json.WriteStartObject();
                json.WriteString("version", version);
                json.WriteString("created", created);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("update_date", "2024-01-01");
            json.WriteStartArray("authors_parsed");
            foreach (string[] author in record.AuthorsParsed)
            {
                json.WriteStartArray();
                foreach (string part in author)
                {
                    json.WriteStringValue(part);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(string path, IEnumerable<SnapshotRecord> records)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (SnapshotRecord record in records)
        {
            writer.WriteLine(Line(record));
        }
    }

    /// <summary>A row of <c>arxiv-oai-2000.csv</c> as a snapshot record.</summary>
    public static SnapshotRecord FromOai(IReadOnlyDictionary<string, string> row) => new(
        ArxivOaiRenderer.ArxivId(row["id"]),
        row["title"],
        row["authors"],
        PythonLiteral.Lists(row["authors_parsed"]),
        Blank(row["doi"]),
        Blank(row["journal-ref"]),
        row["categories"],
        row["abstract"],
        PythonLiteral.Versions(row["versions"]));

    /// <summary>The first version's date as the snapshot writes it: <c>Mon, 2 Apr 2007 19:18:42 GMT</c>.</summary>
    public static string Created(DateOnly date) =>
        date.ToDateTime(new TimeOnly(17, 0)).ToString("ddd, d MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    private static string? Blank(string text) => text.Trim().Length == 0 ? null : text;

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}

/// <summary>The two Python literals the CSV holds: lists of string lists, and lists of version dictionaries.</summary>
internal static class PythonLiteral
{
    public static List<string[]> Lists(string text) =>
        Strings(text).Aggregate((Lists: new List<string[]>(), Current: (List<string>?)null), (state, token) =>
        {
            if (token.Kind == '[' && token.Depth == 2)
            {
                state.Current = new List<string>();
            }
            else if (token.Kind == ']' && token.Depth == 2 && state.Current is not null)
            {
                state.Lists.Add(state.Current.ToArray());
                state.Current = null;
            }
            else if (token.Kind == 's')
            {
                state.Current?.Add(token.Text);
            }

            return state;
        }).Lists;

    public static List<(string, string)> Versions(string text)
    {
        var strings = Strings(text).Where(t => t.Kind == 's').Select(t => t.Text).ToList();
        var versions = new List<(string, string)>();
        for (int i = 0; i + 3 < strings.Count; i += 4)
        {
            versions.Add((strings[i + 1], strings[i + 3]));
        }

        return versions;
    }

    // Brackets with their depth, and quoted strings ('…' or "…", with backslash escapes).
    private static IEnumerable<(char Kind, int Depth, string Text)> Strings(string text)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '[')
            {
                yield return ('[', ++depth, string.Empty);
            }
            else if (c == ']')
            {
                yield return (']', depth--, string.Empty);
            }
            else if (c is '\'' or '"')
            {
                var value = new StringBuilder();
                for (i++; i < text.Length && text[i] != c; i++)
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                        value.Append(text[i] switch { 'n' => '\n', 't' => '\t', _ => text[i] });
                        continue;
                    }

                    value.Append(text[i]);
                }

                yield return ('s', depth, value.ToString());
            }
        }
    }
}
