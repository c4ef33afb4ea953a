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

    /// <summary>
    /// Prose, not a title: very long, or at least two sentences. Titles such as
    /// "Text is no more Enough! A Benchmark for …" have one sentence break and no final period.
    /// </summary>
    public static bool IsProse(string text)
    {
        if (text.Length > DigestRules.MaxTitleLength)
        {
            return true;
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
            bool beforeNewSentence = i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]);
            if (atEnd || beforeNewSentence)
            {
                sentences++;
            }
        }

        return sentences >= 2 && text.Length > 80;
    }
}
