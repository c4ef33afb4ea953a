using System.Collections.Generic;
using System.Text;
using Papers.Naming;

namespace Papers.Text;

/// <summary>
/// Splits prose into word tokens for topics, keyphrases, search and similarity. Letters and digits make words;
/// hyphens, slashes and punctuation split them (<c>multi-modal</c> → <c>multi</c>, <c>modal</c>); apostrophes
/// do not (<c>LLM's</c> → <c>LLMs</c>); TeX commands are dropped; accents fold (<c>é</c> → <c>e</c>).
/// Culture-free, so build-time and run-time results agree on every machine.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var word = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (c == '\\' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                Flush(word, start, i, tokens);
                while (i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if ((c == '\'' || c == '\u2019') && word.Length > 0 && i + 1 < text.Length && Words.IsWordChar(text[i + 1]))
            {
                continue;
            }

            if (Words.IsWordChar(c))
            {
                if (word.Length == 0)
                {
                    start = i;
                }

                word.Append(c);
            }
            else
            {
                Flush(word, start, i, tokens);
            }
        }

        return tokens;
    }

    /// <summary>The lower-cased, folded form used for matching.</summary>
    public static string Normalize(string word)
    {
        // Fast path: plain ASCII words need no folding, and often no lower-casing either.
        bool ascii = true;
        bool upper = false;
        foreach (char c in word)
        {
            ascii &= c < 128;
            upper |= c >= 'A' && c <= 'Z';
        }

        if (ascii)
        {
            return upper ? word.ToLowerInvariant() : word;
        }

        var builder = new StringBuilder(word.Length);
        foreach (char c in word)
        {
            if (c < 128)
            {
                builder.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
            }
            else if (Latin.Fold(c) is string folded)
            {
                builder.Append(folded.ToLowerInvariant());
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static void Flush(StringBuilder word, int start, int end, List<Token> tokens)
    {
        if (word.Length == 0)
        {
            return;
        }

        string surface = word.ToString();
        string lower = Normalize(surface);
        tokens.Add(new Token(surface, lower, PorterStemmer.Stem(lower), start, end));
        word.Clear();
    }
}
