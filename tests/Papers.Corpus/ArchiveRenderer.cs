using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Papers.Corpus;

/// <summary>One line of the Hugging Face daily-papers archive.</summary>
public sealed record ArchiveEntry(string Date, string Title, string FirstAuthor, string ArxivId, string Link, IReadOnlyList<string> Tags, string Summary);

/// <summary>
/// Renders the daily-papers archive (JSON lines) as one digest file per day, the way a newsletter would print it:
/// a banner, an ISO date line, then title, metadata block and summary for each paper.
/// </summary>
public static class ArchiveRenderer
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static IReadOnlyList<ArchiveEntry> Read(string jsonlPath) =>
        File.ReadLines(jsonlPath)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<ArchiveEntry>(line, Json)!)
            .ToList();

    /// <summary>File name (<c>yyyy-MM-dd.txt</c>) and text of each day's digest, in date order.</summary>
    public static IEnumerable<(string FileName, string Text)> Render(IEnumerable<ArchiveEntry> entries)
    {
        foreach (var day in entries.GroupBy(e => e.Date).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var text = new StringBuilder();
            text.Append("Daily Papers\n\n");
            text.Append(day.Key).Append("\n\n");
            foreach (ArchiveEntry entry in day)
            {
                text.Append(OneLine(entry.Title)).Append("\n\n");
                text.Append("Authors: ").Append(OneLine(entry.FirstAuthor)).Append('\n');
                text.Append("arXiv: ").Append(entry.ArxivId).Append('\n');
                text.Append("URL: ").Append(entry.Link).Append('\n');
                if (entry.Tags.Count > 0)
                {
                    text.Append("Tags: ").Append(string.Join(", ", entry.Tags.Select(OneLine))).Append('\n');
                }

                text.Append('\n').Append(OneLine(entry.Summary)).Append("\n\n");
            }

            yield return (day.Key + ".txt", text.ToString());
        }
    }

    public static void WriteTo(string directory, string jsonlPath)
    {
        Directory.CreateDirectory(directory);
        foreach (var (fileName, text) in Render(Read(jsonlPath)))
        {
            File.WriteAllText(Path.Combine(directory, fileName), text, new UTF8Encoding(false));
        }
    }

    // Newsletter text is one paragraph: hard line breaks inside a field would split it into blocks.
    private static string OneLine(string text) =>
        string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
}
