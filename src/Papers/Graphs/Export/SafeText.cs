using System.Text;

namespace Papers.Graphs.Export;

/// <summary>
/// Text fit for any output format: one line (line breaks become spaces), no control characters, no lone
/// surrogates (invalid in XML and JSON), no bidi overrides. Each format then applies its own escaping.
/// </summary>
internal static class SafeText
{
    public static string Clean(string text, int maxLength = 200)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length && builder.Length < maxLength; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '\r' || c == '\n' || c == '\t' || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                builder.Append(' ');
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFFFE' || c == '\uFFFF')
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Length < text.Length && builder.Length >= maxLength ? builder.Append('…').ToString() : builder.ToString();
    }

    public static string Xml(string text) => Clean(text, int.MaxValue)
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
