using System;
using System.Collections.Generic;

namespace Papers.Generators;

/// <summary>
/// Where each character of a C# string literal's value stands in the literal's source text, so an error at a column
/// of the query lands on that character: regular strings (with every escape: <c>\n</c>, <c>\x41</c>, <c>\u0041</c>,
/// <c>\U0001F999</c>), verbatim strings (<c>""</c>), and raw strings, single- and multi-line (indentation removed).
/// </summary>
internal static class LiteralPositions
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    /// <summary>
    /// Source offsets, within the token text, of value characters 0 … n-1, then of the closing quote (n); null for
    /// a literal of another kind (interpolated, UTF-8), which is then located as a whole.
    /// </summary>
    public static IReadOnlyList<int>? Of(string literal)
    {
        if (literal.StartsWith("\"\"\"", StringComparison.Ordinal))
        {
            return Raw(literal);
        }

        if (literal.StartsWith("@\"", StringComparison.Ordinal))
        {
            return Verbatim(literal);
        }

        return literal.StartsWith("\"", StringComparison.Ordinal) ? Regular(literal) : null;
    }

    private static List<int> Regular(string literal)
    {
        var offsets = new List<int>();
        int i = 1;
        while (i < literal.Length - 1)
        {
            offsets.Add(i);
            if (literal[i] != '\\' || i + 1 >= literal.Length - 1)
            {
                i++;
                continue;
            }

            char kind = literal[i + 1];
            if (kind == 'x')
            {
                int digits = 0;
                while (digits < 4 && i + 2 + digits < literal.Length - 1 && Uri.IsHexDigit(literal[i + 2 + digits]))
                {
                    digits++;
                }

                i += 2 + digits;
            }
            else if (kind == 'U')
            {
                // Past U+FFFF the escape is two UTF-16 characters of the value, both at the escape.
                if (i + 10 <= literal.Length - 1 && int.TryParse(literal.Substring(i + 2, 8), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int code) && code > 0xFFFF)
                {
                    offsets.Add(i);
                }

                i += 10;
            }
            else
            {
                i += kind == 'u' ? 6 : 2;
            }
        }

        offsets.Add(literal.Length - 1);
        return offsets;
    }

    private static List<int> Verbatim(string literal)
    {
        var offsets = new List<int>();
        int i = 2;
        while (i < literal.Length - 1)
        {
            offsets.Add(i);
            i += literal[i] == '"' ? 2 : 1;
        }

        offsets.Add(literal.Length - 1);
        return offsets;
    }

    private static List<int>? Raw(string literal)
    {
        int quotes = 0;
        while (quotes < literal.Length && literal[quotes] == '"')
        {
            quotes++;
        }

        int close = literal.Length - quotes;
        if (close < quotes)
        {
            return null;
        }

        var offsets = new List<int>();
        int firstBreak = literal.IndexOfAny(LineBreaks, quotes);
        if (firstBreak < 0 || firstBreak >= close)
        {
            for (int i = quotes; i < close; i++)
            {
                offsets.Add(i);
            }

            offsets.Add(close);
            return offsets;
        }

        // Multi-line: the content is the lines between the opening and closing lines, each without the closing
        // line's indentation; the line break before the closing line is not part of the value.
        int closingLine = Math.Max(literal.LastIndexOf('\n', close - 1), literal.LastIndexOf('\r', close - 1)) + 1;
        int indentation = close - closingLine;
        int start = LineAfter(literal, firstBreak);
        bool first = true;
        while (start < closingLine)
        {
            int end = literal.IndexOfAny(LineBreaks, start);
            int next = LineAfter(literal, end);
            if (!first)
            {
                offsets.Add(start - 1); // the line break joining this line to the last
            }

            for (int i = Math.Min(start + indentation, end); i < end; i++)
            {
                offsets.Add(i);
            }

            first = false;
            start = next;
        }

        offsets.Add(close);
        return offsets;
    }

    private static int LineAfter(string text, int lineBreak) =>
        lineBreak + (text[lineBreak] == '\r' && lineBreak + 1 < text.Length && text[lineBreak + 1] == '\n' ? 2 : 1);
}
