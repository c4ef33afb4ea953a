using System.Collections.Generic;
using System.Text;

using Papers.Text;

namespace Papers.Citations.Export;

/// <summary>
/// Writes text as BibTeX field content that any BibTeX toolchain parses: TeX specials escaped, accented letters
/// as TeX accents (so the file is ASCII where Latin script allows), braces always balanced.
/// </summary>
internal static class TexEncoder
{
    // Combining mark → accent command: TexText's table reversed.
    private static readonly Dictionary<char, char> Accents = Reverse(TexText.Accents);

    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ß'] = "\\ss", ['ø'] = "\\o", ['Ø'] = "\\O", ['å'] = "\\aa", ['Å'] = "\\AA", ['æ'] = "\\ae", ['Æ'] = "\\AE",
        ['œ'] = "\\oe", ['Œ'] = "\\OE", ['ł'] = "\\l", ['Ł'] = "\\L", ['ı'] = "\\i",
    };

    private static Dictionary<char, char> Reverse(Dictionary<char, char> table)
    {
        var reversed = new Dictionary<char, char>();
        foreach (var pair in table)
        {
            reversed[pair.Value] = pair.Key;
        }

        return reversed;
    }

    /// <summary>Plain Unicode text (names, publishers) as TeX.</summary>
    public static string Text(string text)
    {
        var output = new StringBuilder(text.Length + 8);
        foreach (char c in Normalization.Normalize(text, NormalizationForm.FormC))
        {
            Char(output, c);
        }

        return output.ToString();
    }

    /// <summary>
    /// A title that may already hold TeX: <c>$…$</c> math passes through as math, commands (<c>\"u</c>,
    /// <c>\emph{x}</c>) stay, bare specials are escaped, and words with inner capitals or digits (<c>E-ViLM</c>,
    /// <c>GPT-4V</c>, <c>BERT</c>) are brace-protected so BibTeX styles do not lower them. Unbalanced braces are
    /// escaped rather than trusted.
    /// </summary>
    public static string Title(string title)
    {
        bool groupsBalanced = Balanced(title);
        var output = new StringBuilder(title.Length + 16);
        var word = new StringBuilder();
        int i = 0;
        while (i < title.Length)
        {
            char c = title[i];
            if (IsWordChar(c))
            {
                word.Append(c);
                i++;
                continue;
            }

            Flush(output, word);
            if (c == '$' && MathEnd(title, i) is int end)
            {
                output.Append(title, i, end - i + 1);
                i = end + 1;
            }
            else if (c == '\\' && i + 1 < title.Length && IsCommandStart(title[i + 1]) && (groupsBalanced || title[i + 1] is not ('{' or '}')))
            {
                int start = i++;
                i = char.IsLetter(title[i]) ? CommandNameEnd(title, i) : i + 1;

                // Known commands print an accent, a letter or a symbol and pass; any other (\input, \def, \write18…)
                // is written as its own text — "\textbackslash{}input" — so a title from an email runs nothing.
                string command = title.Substring(start + 1, i - start - 1);
                if (char.IsLetter(command[0]) && !TexText.IsKnownCommand(command))
                {
                    output.Append("\\textbackslash{}").Append(command);
                }
                else
                {
                    output.Append(title, start, i - start);
                }
            }
            else if ((c == '{' || c == '}') && groupsBalanced)
            {
                output.Append(c);
                i++;
            }
            else
            {
                Char(output, c);
                i++;
            }
        }

        Flush(output, word);
        return output.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-';

    private static bool IsCommandStart(char c) => (c < 128 && char.IsLetter(c)) || "'`^\"~=.&%$#_{}\\ ".Contains(c);

    private static void Flush(StringBuilder output, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        string text = word.ToString();
        word.Clear();
        bool protect = NeedsProtection(text);
        if (protect)
        {
            output.Append('{');
        }

        foreach (char c in Normalization.Normalize(text, NormalizationForm.FormC))
        {
            Char(output, c);
        }

        if (protect)
        {
            output.Append('}');
        }
    }

    // Each hyphen-separated part is checked: a capital after its first letter (ViLM, MLLMs, BERT), or a capital
    // next to digits (4V, 3D), is a name or an acronym. "Vector-Quantized" is ordinary title case.
    private static bool NeedsProtection(string word)
    {
        foreach (string part in word.Split('-'))
        {
            bool hasUpper = false;
            bool hasDigit = false;
            for (int i = 0; i < part.Length; i++)
            {
                hasDigit |= char.IsDigit(part[i]);
                if (char.IsUpper(part[i]))
                {
                    if (i > 0)
                    {
                        return true;
                    }

                    hasUpper = true;
                }
            }

            if (hasUpper && hasDigit)
            {
                return true;
            }
        }

        return false;
    }

    // The closing '$' of math starting at `start`, when the math is non-empty and its braces balance.
    private static int? MathEnd(string text, int start)
    {
        int end = text.IndexOf('$', start + 1);
        while (end > 0 && text[end - 1] == '\\')
        {
            end = text.IndexOf('$', end + 1);
        }

        if (end <= start + 1)
        {
            return null;
        }

        string math = text.Substring(start + 1, end - start - 1);
        return Balanced(math) && text[end - 1] != '\\' && OnlyKnownCommands(math) ? end : null;
    }

    // Math passes through whole, so it may hold only commands that print (\gamma, \mathbf…): "$\input{x}$" is text.
    private static bool OnlyKnownCommands(string math)
    {
        for (int i = 0; i < math.Length; i++)
        {
            if (math[i] != '\\' || i + 1 >= math.Length || !char.IsLetter(math[i + 1]))
            {
                i += math[i] == '\\' ? 1 : 0; // \\, \{, \$: one escaped character
                continue;
            }

            int end = CommandNameEnd(math, i + 1);
            if (!TexText.IsKnownCommand(math.Substring(i + 1, end - i - 1)))
            {
                return false;
            }

            i = end - 1;
        }

        return true;
    }

    // Where a command's name that starts at `from` ends: TeX names are ASCII letters.
    private static int CommandNameEnd(string text, int from)
    {
        int end = from;
        while (end < text.Length && text[end] < 128 && char.IsLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    // BibTeX counts every brace, escaped or not, so balance is checked on the raw characters.
    private static bool Balanced(string text)
    {
        int depth = 0;
        foreach (char c in text)
        {
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    private static void Char(StringBuilder output, char c)
    {
        if (char.IsSurrogate(c))
        {
            // Emoji and other astral characters (LLaVA-OneVision 🦙) are UTF-8 text to biber and BibTeX alike.
            output.Append(c);
            return;
        }

        switch (c)
        {
            case '\\': output.Append("\\textbackslash{}"); return;
            // "\{" would still count as a brace for BibTeX; these commands print one without being one.
            case '{': output.Append("\\textbraceleft{}"); return;
            case '}': output.Append("\\textbraceright{}"); return;
            case '&': case '%': case '$': case '#': case '_': output.Append('\\').Append(c); return;
            case '^': output.Append("\\^{}"); return;
            case '~': output.Append("\\~{}"); return;
            case '\u00A0': output.Append('~'); return;
            case '\r': case '\n': case '\t': output.Append(' '); return;
        }

        if (char.IsControl(c))
        {
            // TeX tools cannot carry control characters (biber aborts on NUL): they show as the replacement character.
            output.Append('\uFFFD');
            return;
        }

        if (c < 128)
        {
            output.Append(c);
            return;
        }

        if (Letters.TryGetValue(c, out string? letter))
        {
            output.Append('{').Append(letter).Append('}');
            return;
        }

        string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length == 2 && decomposed[0] < 128 && Accents.TryGetValue(decomposed[1], out char accent))
        {
            // {\"u}: braces keep the accent with its letter whatever BibTeX does to case.
            output.Append("{\\").Append(accent);
            output.Append(char.IsLetter(accent) ? "{" + decomposed[0] + "}" : decomposed[0].ToString()).Append('}');
            return;
        }

        output.Append(c);
    }
}
