using System.Text.Encodings.Web;
using System.Text.Json;

namespace Papers.Tool;

/// <summary>Tables for people, JSON for scripts.</summary>
internal static class Output
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteJson(TextWriter writer, object value) => writer.WriteLine(JsonSerializer.Serialize(value, Json));

    public static object Model(Paper paper) => new
    {
        paper.Id,
        paper.Title,
        paper.ShortName,
        paper.Abstract,
        Date = paper.Date?.ToString(),
        Links = paper.Links.Select(l => new { l.Url, Kind = l.Kind.ToString() }),
        paper.CodeUrl,
        Source = paper.Source.ToString(),
        paper.Authors,
        paper.ArxivId,
        paper.Doi,
        paper.Url,
        Published = paper.Published?.ToString(),
        paper.Tags,
        paper.Topics,
        paper.Keyphrases,
    };

    /// <summary>Columns padded to their widest cell; the last column is not padded.</summary>
    public static void WriteTable(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows.Select(r => r.Select(c => Clip(c, 60)).ToList()));
        int[] widths = Enumerable.Range(0, header.Count).Select(c => all.Max(r => r[c].Length)).ToArray();
        foreach (var row in all)
        {
            writer.WriteLine(string.Join("  ", row.Select((cell, c) => c == row.Count - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd());
        }
    }

    private static string Clip(string text, int max)
    {
        string line = text.Replace('\n', ' ').Replace('\r', ' ');
        return line.Length <= max ? line : line[..(max - 1)] + "…";
    }
}
