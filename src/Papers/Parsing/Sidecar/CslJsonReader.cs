using System.Globalization;
using System;
using System.Collections.Generic;
using System.Linq;

namespace Papers.Parsing.Sidecar;

/// <summary>Reads CSL-JSON (an array of items, or one item): title, author, issued, DOI, URL, arXiv number.</summary>
internal static class CslJsonReader
{
    public static IReadOnlyList<SidecarEntry> Read(string text)
    {
        object? root = JsonReader.Parse(text);
        List<object?> items = root as List<object?> ?? new List<object?> { root };
        var entries = new List<SidecarEntry>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not Dictionary<string, object?> item)
            {
                throw new SidecarSyntaxException(1, 1, $"item {i + 1} is not a JSON object.");
            }

            // JSON keeps no line per item; the item's position in the array locates it.
            var entry = new SidecarEntry { Line = 1, Title = Text(item, "title"), Doi = Text(item, "DOI"), Url = Text(item, "URL") };
            string? number = Text(item, "number");
            if (number != null && number.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase))
            {
                entry.ArxivId = number.Substring(6).Trim();
            }

            entry.Authors = Names(item);
            Issued(item, entry);
            entries.Add(entry);
        }

        return entries;
    }

    private static string? Text(Dictionary<string, object?> item, string key) =>
        item.TryGetValue(key, out object? value) && value is string text && text.Trim().Length > 0 ? text.Trim() : null;

    private static List<string> Names(Dictionary<string, object?> item)
    {
        var names = new List<string>();
        if (item.TryGetValue("author", out object? value) && value is List<object?> authors)
        {
            foreach (object? author in authors)
            {
                if (author is not Dictionary<string, object?> name)
                {
                    continue;
                }

                if (Text(name, "literal") is string literal)
                {
                    // Braces keep a group name whole when it is parsed as a name later.
                    names.Add("{" + literal + "}");
                    continue;
                }

                string family = string.Join(" ", new[] { Text(name, "non-dropping-particle"), Text(name, "family") }.Where(p => p != null));
                string? given = Text(name, "given");
                if (family.Length > 0)
                {
                    names.Add(given is null ? family : family + ", " + given);
                }
            }
        }

        return names;
    }

    private static void Issued(Dictionary<string, object?> item, SidecarEntry entry)
    {
        if (!item.TryGetValue("issued", out object? value) || value is not Dictionary<string, object?> issued
            || !issued.TryGetValue("date-parts", out object? partsValue) || partsValue is not List<object?> { Count: > 0 } outer
            || outer[0] is not List<object?> parts)
        {
            return;
        }

        int? Part(int index) => index < parts.Count ? parts[index] switch
        {
            // Any whole number is passed on: SidecarFile judges (and reports) an impossible year for every source.
            double d when d >= int.MinValue && d <= int.MaxValue && d == Math.Floor(d) => (int)d,
            string s when int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) => n,
            _ => null,
        } : null;

        entry.Year = Part(0);
        entry.Month = entry.Year != null && Part(1) is int month and >= 1 and <= 12 ? month : null;
        entry.Day = entry.Month != null && Part(2) is int day and >= 1 and <= 31 ? day : null;
    }
}
