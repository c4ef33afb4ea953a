using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Papers.Parsing.Sidecar;

/// <summary>
/// Reads BibTeX/BibLaTeX entries: braced, quoted, numeric and macro values, <c>#</c> concatenation, <c>@string</c>
/// macros; <c>@comment</c> and <c>@preamble</c> skipped, text between entries ignored (as BibTeX does).
/// </summary>
internal static class BibTexReader
{
    private static readonly char[] Whitespace = { ' ', '\t', '\r', '\n' };

    private static readonly string[] Months = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    public static IReadOnlyList<SidecarEntry> Read(string text)
    {
        var cursor = new TextCursor(text);
        var macros = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int m = 0; m < Months.Length; m++)
        {
            macros[Months[m]] = (m + 1).ToString(CultureInfo.InvariantCulture);
        }

        var entries = new List<SidecarEntry>();
        while (true)
        {
            while (!cursor.AtEnd && cursor.Current != '@')
            {
                cursor.Next();
            }

            if (cursor.AtEnd)
            {
                return entries;
            }

            int line = cursor.Line;
            cursor.Next();
            string type = Identifier(cursor).ToLowerInvariant();
            cursor.SkipWhitespace();
            if (type.Length == 0)
            {
                throw cursor.Error("expected an entry type after '@'.");
            }

            if (type == "comment")
            {
                // @comment{…} skips its balanced group; a bare @comment skips nothing more.
                if (cursor.Current == '{')
                {
                    Braced(cursor);
                }

                continue;
            }

            char open = cursor.Current;
            if (open != '{' && open != '(')
            {
                throw cursor.Error($"expected '{{' after '@{type}'.");
            }

            char close = open == '{' ? '}' : ')';
            cursor.Next();
            if (type == "preamble")
            {
                Value(cursor, macros);
                Expect(cursor, close);
                continue;
            }

            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (type != "string")
            {
                cursor.SkipWhitespace();
                while (!cursor.AtEnd && cursor.Current != ',' && cursor.Current != close)
                {
                    cursor.Next();
                }

                if (cursor.Current == ',')
                {
                    cursor.Next();
                }
            }

            while (true)
            {
                cursor.SkipWhitespace();
                if (cursor.Current == close)
                {
                    cursor.Next();
                    break;
                }

                string name = Identifier(cursor);
                if (name.Length == 0)
                {
                    throw cursor.Error(cursor.AtEnd ? $"the entry that starts on line {line} is not closed." : $"expected a field name, found '{cursor.Current}'.");
                }

                cursor.SkipWhitespace();
                Expect(cursor, '=');
                fields[name] = Value(cursor, macros);
                cursor.SkipWhitespace();
                if (cursor.Current == ',')
                {
                    cursor.Next();
                }
                else if (cursor.Current != close)
                {
                    throw cursor.Error($"expected ',' or '{close}' after the field '{name}'.");
                }
            }

            if (type == "string")
            {
                foreach (var macro in fields)
                {
                    macros[macro.Key] = macro.Value;
                }

                continue;
            }

            entries.Add(Entry(fields, line));
        }
    }

    private static SidecarEntry Entry(Dictionary<string, string> fields, int line)
    {
        var entry = new SidecarEntry { Line = line };
        if (fields.TryGetValue("title", out string? title))
        {
            entry.Title = Collapse(title);
        }

        if (fields.TryGetValue("author", out string? authors))
        {
            entry.Authors = SplitNames(Collapse(authors));
        }

        if (fields.TryGetValue("eprint", out string? eprint))
        {
            string kind = fields.TryGetValue("archiveprefix", out string? prefix) ? prefix : fields.TryGetValue("eprinttype", out string? eprintType) ? eprintType : "arxiv";
            if (string.Equals(kind.Trim(), "arxiv", StringComparison.OrdinalIgnoreCase))
            {
                entry.ArxivId = eprint.Trim();
            }
        }

        entry.Doi = fields.TryGetValue("doi", out string? doi) ? doi.Trim() : null;
        entry.Url = fields.TryGetValue("url", out string? url) ? url.Trim() : null;
        if (fields.TryGetValue("date", out string? date))
        {
            string[] parts = date.Trim().Split('-');
            entry.Year = Number(parts[0]);
            entry.Month = parts.Length > 1 ? Number(parts[1]) : null;
            entry.Day = parts.Length > 2 ? Number(parts[2]) : null;
        }
        else if (fields.TryGetValue("year", out string? year))
        {
            entry.Year = Number(year);
            entry.Month = fields.TryGetValue("month", out string? month) ? Month(month) : null;
            entry.Day = entry.Month != null && fields.TryGetValue("day", out string? day) ? Number(day) : null;
        }

        // An impossible month or day drops the date here; the year is judged (and reported) with every source's.
        if (entry.Month is < 1 or > 12 || entry.Day is < 1 or > 31)
        {
            entry.Year = entry.Month = entry.Day = null;
        }

        return entry;
    }

    private static int? Number(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;

    private static int? Month(string text)
    {
        string value = text.Trim();
        if (Number(value) is int number)
        {
            return number;
        }

        for (int m = 0; m < Months.Length; m++)
        {
            if (value.StartsWith(Months[m], StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }

        return null;
    }

    // "A and B and {C and D}": split at " and " outside braces.
    private static List<string> SplitNames(string authors)
    {
        var names = new List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < authors.Length; i++)
        {
            char c = authors[i];
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0 && string.CompareOrdinal(authors, i, " and ", 0, 5) == 0)
            {
                names.Add(authors.Substring(start, i - start).Trim());
                start = i + 5;
                i += 4;
            }
        }

        names.Add(authors.Substring(start).Trim());
        names.RemoveAll(n => n.Length == 0 || n == "others");
        return names;
    }

    private static string Collapse(string text) =>
        string.Join(" ", text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries));

    private static string Identifier(TextCursor cursor)
    {
        var name = new StringBuilder();
        while (!cursor.AtEnd && (char.IsLetterOrDigit(cursor.Current) || cursor.Current is '_' or '-' or ':' or '.'))
        {
            name.Append(cursor.Next());
        }

        return name.ToString();
    }

    private static void Expect(TextCursor cursor, char c)
    {
        cursor.SkipWhitespace();
        if (cursor.Current != c)
        {
            throw cursor.Error(cursor.AtEnd ? $"the file ends where '{c}' was expected." : $"expected '{c}', found '{cursor.Current}'.");
        }

        cursor.Next();
    }

    /// <summary>
    /// The longest value a field or an <c>@string</c> macro may have once macros are expanded. Each <c>#</c> can
    /// double a macro, so 27 lines of <c>@string{mK = mK-1 # mK-1}</c> would otherwise ask for gigabytes.
    /// </summary>
    public const int MaxValueLength = 1 << 20;

    // value = part ('#' part)*; part = {braced} | "quoted" | number | macro
    private static string Value(TextCursor cursor, Dictionary<string, string> macros)
    {
        var value = new StringBuilder();
        while (true)
        {
            cursor.SkipWhitespace();
            char c = cursor.Current;
            int line = cursor.Line;
            int column = cursor.Column;
            string part;
            if (c == '{')
            {
                part = Braced(cursor);
            }
            else if (c == '"')
            {
                part = Quoted(cursor);
            }
            else if (char.IsLetterOrDigit(c))
            {
                string word = Identifier(cursor);
                part = char.IsDigit(word[0]) ? word : macros.TryGetValue(word, out string? macro) ? macro : word;
            }
            else
            {
                throw cursor.Error(cursor.AtEnd ? "the file ends where a value was expected." : $"expected a value, found '{c}'.");
            }

            if ((long)value.Length + part.Length > MaxValueLength)
            {
                throw new SidecarSyntaxException(line, column, $"a value expands to more than {MaxValueLength.ToString("N0", CultureInfo.InvariantCulture)} characters (macros joined with '#'); the limit keeps a small file from filling memory.");
            }

            value.Append(part);

            cursor.SkipWhitespace();
            if (cursor.Current != '#')
            {
                return value.ToString();
            }

            cursor.Next();
        }
    }

    // The text inside the outer braces, inner braces kept (they are TeX).
    private static string Braced(TextCursor cursor)
    {
        int line = cursor.Line;
        int column = cursor.Column;
        cursor.Next();
        var text = new StringBuilder();
        int depth = 1;
        while (!cursor.AtEnd)
        {
            char c = cursor.Next();
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return text.ToString();
            }

            text.Append(c);
        }

        throw new SidecarSyntaxException(line, column, "this '{' is never closed.");
    }

    private static string Quoted(TextCursor cursor)
    {
        int line = cursor.Line;
        int column = cursor.Column;
        cursor.Next();
        var text = new StringBuilder();
        int depth = 0;
        while (!cursor.AtEnd)
        {
            char c = cursor.Next();
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (c == '"' && depth == 0)
            {
                return text.ToString();
            }

            text.Append(c);
        }

        throw new SidecarSyntaxException(line, column, "this '\"' is never closed.");
    }
}
