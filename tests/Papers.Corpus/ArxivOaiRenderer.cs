using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Papers.Corpus;

/// <summary>
/// Renders arXiv OAI records (<c>arxiv-oai-2000.csv</c> rows: id, authors with TeX, title, doi, versions…) as one
/// digest with a metadata block per paper — real author lists and DOIs for the citation tests and benchmarks.
/// </summary>
public static class ArxivOaiRenderer
{
    private static readonly Regex FirstVersion = new(@"'created': '\w+, (\d+ \w+ \d{4})", RegexOptions.CultureInvariant);

    public static string Render(IEnumerable<IReadOnlyDictionary<string, string>> records)
    {
        var text = new StringBuilder("arXiv listing\n\n");
        foreach (var record in records)
        {
            text.Append(OneLine(record["title"])).Append("\n\n");
            text.Append("Authors: ").Append(OneLine(record["authors"])).Append('\n');
            text.Append("arXiv: ").Append(ArxivId(record["id"])).Append('\n');
            if (record["doi"].Trim().Length > 0)
            {
                text.Append("DOI: ").Append(OneLine(record["doi"])).Append('\n');
            }

            if (Published(record["versions"]) is string published)
            {
                text.Append("Published: ").Append(published).Append('\n');
            }

            text.Append('\n').Append(OneLine(record["abstract"])).Append("\n\n");
        }

        return text.ToString();
    }

    // The CSV stored ids as numbers, losing leading and trailing zeros: "704.001" is 0704.0010.
    public static string ArxivId(string id)
    {
        Match match = Regex.Match(id, @"^(\d{1,4})\.(\d{1,5})$");
        if (!match.Success)
        {
            return id;
        }

        string month = match.Groups[1].Value.PadLeft(4, '0');
        int digits = string.CompareOrdinal(month, "1501") >= 0 ? 5 : 4;
        return month + "." + match.Groups[2].Value.PadRight(digits, '0');
    }

    private static string? Published(string versions)
    {
        Match match = FirstVersion.Match(versions);
        return match.Success && DateTime.TryParseExact(match.Groups[1].Value, "d MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static string OneLine(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
