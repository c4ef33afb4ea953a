using System.Text.Json;
using System.Text.Json.Serialization;

namespace Papers.Corpus;

/// <summary>
/// The archive as one JSON array: what a team would do without Papers, read with System.Text.Json source
/// generation. The baseline for start-up and memory benchmarks.
/// </summary>
public sealed record JsonPaper(string Id, string Title, string Abstract, string Date, IReadOnlyList<string> Authors, string Url, IReadOnlyList<string> Tags);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(List<JsonPaper>))]
public sealed partial class ArchiveJsonContext : JsonSerializerContext
{
}

public static class ArchiveJson
{
    public static List<JsonPaper> FromEntries(IEnumerable<ArchiveEntry> entries) =>
        entries.Select(e => new JsonPaper(e.ArxivId, e.Title, e.Summary, e.Date, [e.FirstAuthor], e.Link, e.Tags)).ToList();

    public static void Write(string path, IEnumerable<ArchiveEntry> entries)
    {
        using FileStream stream = File.Create(path);
        JsonSerializer.Serialize(stream, FromEntries(entries), ArchiveJsonContext.Default.ListJsonPaper);
    }

    public static List<JsonPaper> Read(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, ArchiveJsonContext.Default.ListJsonPaper)!;
    }
}
