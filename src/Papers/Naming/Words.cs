using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Papers.Naming;

/// <summary>
/// Breaks a title into ASCII-folded words of letters and digits: TeX markup dropped, Greek letters spelled
/// out, diacritics folded, apostrophes joined ("LLM's" → "LLMs"). The basis for member names and slugs.
/// </summary>
internal static class Words
{
    [ThreadStatic]
    private static char[]? _word;

    // Every catalog build splits each title two or three times (id, name, short name), so this loop collects a
    // word's characters in one buffer rather than a StringBuilder per call.
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        SplitInto(text, words);
        return words;
    }

    /// <summary>The words of <paramref name="text"/> into a list the caller reuses (cleared first).</summary>
    public static void SplitInto(string text, List<string> words)
    {
        words.Clear();
        string folded = Fold(text);
        char[] word = _word is { } cached && cached.Length >= folded.Length ? cached : _word = new char[Math.Max(folded.Length, 256)];
        int length = 0;
        for (int i = 0; i < folded.Length; i++)
        {
            char c = folded[i];
            if (c < 128 && c != '\\' && c != '\'')
            {
                if (IsWordChar(c))
                {
                    word[length++] = c;
                }
                else
                {
                    Flush(word, ref length, words);
                }

                continue;
            }

            if (c == '\\' && i + 1 < folded.Length && char.IsLetter(folded[i + 1]))
            {
                // A TeX command such as \mathcal or \textbf: markup, not a word.
                Flush(word, ref length, words);
                while (i + 1 < folded.Length && char.IsLetter(folded[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (c == '\'' || c == '\u2019')
            {
                continue;
            }

            if (Greek.Spell(c) is string name)
            {
                Flush(word, ref length, words);
                words.Add(name);
                continue;
            }

            if (IsWordChar(c))
            {
                word[length++] = c;
            }
            else
            {
                Flush(word, ref length, words);
            }
        }

        Flush(word, ref length, words);
    }

    /// <summary>Letters and digits that are valid in a C# identifier; surrogates and marks are not words.</summary>
    public static bool IsWordChar(char c) => c < 128
        ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        : char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;

    // Accented Latin letters become ASCII; combining marks (from decomposed input) disappear.
    private static string Fold(string text)
    {
        bool ascii = true;
        foreach (char c in text)
        {
            if (c >= 128)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c < 128)
            {
                builder.Append(c);
            }
            else if (Latin.Fold(c) is string folded)
            {
                builder.Append(folded);
            }
            else if (char.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static void Flush(char[] word, ref int length, List<string> words)
    {
        if (length > 0)
        {
            words.Add(WordPool.Get(word, length));
            length = 0;
        }
    }
}
