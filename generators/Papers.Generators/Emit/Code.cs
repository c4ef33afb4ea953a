using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Papers.Generators.Emit;

/// <summary>Makes any digest text safe where generated code puts it.</summary>
internal static class Code
{
    /// <summary>A C# string literal that evaluates to exactly <paramref name="value"/>.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Text for a <c>///</c> comment: XML-escaped, on one line whatever the input (CR, LF, U+0085, U+2028 and
    /// U+2029 would end the comment and let digest text become code), with control, bidi-override and lone
    /// surrogate characters replaced, since they are invalid XML or could disguise the source (Trojan Source).
    /// </summary>
    public static string XmlDoc(string value)
    {
        // Most titles and sentences need no escaping; they are returned as they are (10,000 papers, five texts each).
        if (!NeedsEscaping(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                default:
                    builder.Append(IsUnsafe(c) ? '\uFFFD' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    // Exactly the characters the loop in XmlDoc writes differently (the four escapes and the unsafe ones).
    private static bool NeedsEscaping(string value)
    {
        foreach (char c in value)
        {
            if (c is '&' or '<' or '>' or '"' || IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') ||
        c == '\u2028' || c == '\u2029' ||
        (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C' ||
        char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
}
