using System.Text;

namespace Papers.Citations;

/// <summary>
/// The typographic touches citeproc-js gives every string it prints, so our text matches it: straight quotes
/// become curly (<c>LLM's</c> → <c>LLM’s</c>, <c>"x"</c> → <c>“x”</c>) and a space before <c>: ; ? !</c> becomes a
/// narrow no-break space.
/// </summary>
internal static class Typography
{
    private static bool NeedsPolish(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\'' or '"' || (c is ':' or ';' or '?' or '!' or '»' && i > 0 && text[i - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    public static string Polish(string text)
    {
        if (!NeedsPolish(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool opening = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013';
            switch (c)
            {
                case '\'':
                    output.Append(opening ? '‘' : '’');
                    break;
                case '"':
                    output.Append(opening ? '“' : '”');
                    break;
                case ' ' when i + 1 < text.Length && text[i + 1] is ':' or ';' or '?' or '!' or '»':
                    output.Append('\u202F');
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.ToString();
    }
}
