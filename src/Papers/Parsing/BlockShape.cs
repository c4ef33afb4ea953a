using System;
using System.Collections.Generic;

namespace Papers.Parsing;

/// <summary>The heuristics that tell a title from prose and boilerplate from content.</summary>
internal static class BlockShape
{
    private static readonly HashSet<string> Boilerplate = new(StringComparer.OrdinalIgnoreCase)
    {
        "new",
        "subscribe",
        "unsubscribe",
        "get trending papers in your email inbox!",
        "get trending papers in your email inbox",
        "byak and the research community",
        "by ak and the research community",
        "trending papers",
        "daily papers",
        "trending",
        "view in browser",
        "papers",
    };

    public static bool IsBoilerplate(string text) => Boilerplate.Contains(text);

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "vs", "e.g", "i.e", "etc", "al", "cf", "fig", "no", "dr", "mr", "ms", "st", "eq", "approx", "resp",
    };

    /// <summary>
    /// Prose, not a title: very long, or two or more sentences ending in sentence punctuation. Titles such as
    /// "Text is no more Enough! A Benchmark for …" or "… Addition? Probing Rule Learning vs. Memorization in …"
    /// have sentence-like breaks too, but do not end like a sentence.
    /// </summary>
    public static bool IsProse(string text)
    {
        if (text.Length > DigestRules.MaxTitleLength)
        {
            return true;
        }

        char last = text.Length > 0 ? text[text.Length - 1] : ' ';
        if (text.Length <= 80 || (last != '.' && last != '!' && last != '?' && last != '\u2026'))
        {
            return false;
        }

        int sentences = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '.' && c != '!' && c != '?')
            {
                continue;
            }

            bool atEnd = i == text.Length - 1;
            bool beforeNewSentence = i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !(c == '.' && EndsWithAbbreviation(text, i));
            if (atEnd || beforeNewSentence)
            {
                sentences++;
            }
        }

        return sentences >= 2;
    }

    // "vs." or "e.g." or an initial ("A. Smith") before the period at `dot`.
    private static bool EndsWithAbbreviation(string text, int dot)
    {
        int start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        string word = text.Substring(start, dot - start);
        return word.Length == 1 || Abbreviations.Contains(word);
    }
}
