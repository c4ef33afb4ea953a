using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Papers.Parsing.Sidecar;

/// <summary>
/// A small strict JSON reader (the generator runs on netstandard2.0 without System.Text.Json): objects become
/// ordinal dictionaries, arrays lists, numbers doubles; errors carry line and column.
/// </summary>
internal static class JsonReader
{
    private const int MaxDepth = 64;

    public static object? Parse(string text)
    {
        var cursor = new TextCursor(text);
        object? value = Value(cursor, 0);
        cursor.SkipWhitespace();
        if (!cursor.AtEnd)
        {
            throw cursor.Error($"unexpected '{cursor.Current}' after the JSON value.");
        }

        return value;
    }

    private static object? Value(TextCursor cursor, int depth)
    {
        if (depth > MaxDepth)
        {
            throw cursor.Error($"nesting deeper than {MaxDepth} levels.");
        }

        cursor.SkipWhitespace();
        char c = cursor.Current;
        switch (c)
        {
            case '{':
                return Object(cursor, depth);
            case '[':
                return Array(cursor, depth);
            case '"':
                return String(cursor);
            case 't':
                Word(cursor, "true");
                return true;
            case 'f':
                Word(cursor, "false");
                return false;
            case 'n':
                Word(cursor, "null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return Number(cursor);
                }

                throw cursor.Error(cursor.AtEnd ? "the file ends where a value was expected." : $"unexpected '{c}'.");
        }
    }

    private static Dictionary<string, object?> Object(TextCursor cursor, int depth)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        cursor.Next();
        cursor.SkipWhitespace();
        if (cursor.Current == '}')
        {
            cursor.Next();
            return result;
        }

        while (true)
        {
            cursor.SkipWhitespace();
            if (cursor.Current != '"')
            {
                throw cursor.Error("expected a property name in double quotes.");
            }

            string name = String(cursor);
            cursor.SkipWhitespace();
            if (cursor.Current != ':')
            {
                throw cursor.Error($"expected ':' after \"{name}\".");
            }

            cursor.Next();
            result[name] = Value(cursor, depth + 1);
            cursor.SkipWhitespace();
            if (cursor.Current == ',')
            {
                cursor.Next();
                continue;
            }

            if (cursor.Current == '}')
            {
                cursor.Next();
                return result;
            }

            throw cursor.Error("expected ',' or '}'.");
        }
    }

    private static List<object?> Array(TextCursor cursor, int depth)
    {
        var result = new List<object?>();
        cursor.Next();
        cursor.SkipWhitespace();
        if (cursor.Current == ']')
        {
            cursor.Next();
            return result;
        }

        while (true)
        {
            result.Add(Value(cursor, depth + 1));
            cursor.SkipWhitespace();
            if (cursor.Current == ',')
            {
                cursor.Next();
                continue;
            }

            if (cursor.Current == ']')
            {
                cursor.Next();
                return result;
            }

            throw cursor.Error("expected ',' or ']'.");
        }
    }

    private static string String(TextCursor cursor)
    {
        cursor.Next();
        var text = new StringBuilder();
        while (true)
        {
            if (cursor.AtEnd)
            {
                throw cursor.Error("the string is never closed.");
            }

            // Judged before it is consumed, so the error points at the character itself (a newline moves the line on).
            if (cursor.Current < ' ')
            {
                throw cursor.Error("a control character inside a string must be escaped.");
            }

            char c = cursor.Next();
            if (c == '"')
            {
                return text.ToString();
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            char escape = cursor.AtEnd ? '\0' : cursor.Next();
            switch (escape)
            {
                case '"': text.Append('"'); break;
                case '\\': text.Append('\\'); break;
                case '/': text.Append('/'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    int code = 0;
                    for (int i = 0; i < 4; i++)
                    {
                        int digit = cursor.AtEnd ? -1 : HexValue(cursor.Next());
                        if (digit < 0)
                        {
                            throw cursor.Error("\\u must be followed by four hex digits.");
                        }

                        code = (code * 16) + digit;
                    }

                    text.Append((char)code);
                    break;
                default:
                    throw cursor.Error($"'\\{escape}' is not a JSON escape.");
            }
        }
    }

    private static int HexValue(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    private static double Number(TextCursor cursor)
    {
        var text = new StringBuilder();
        while (!cursor.AtEnd && (char.IsDigit(cursor.Current) || cursor.Current is '-' or '+' or '.' or 'e' or 'E'))
        {
            text.Append(cursor.Next());
        }

        if (!double.TryParse(text.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw cursor.Error($"'{text}' is not a number.");
        }

        return value;
    }

    private static void Word(TextCursor cursor, string word)
    {
        foreach (char expected in word)
        {
            if (cursor.Current != expected)
            {
                throw cursor.Error($"expected '{word}'.");
            }

            cursor.Next();
        }
    }
}
