using System;
using System.Collections.Generic;
using System.Text;

namespace Papers.Citations;

/// <summary>
/// Title casing. <see cref="Capitalize"/> is CSL's <c>text-case="title"</c> as citeproc-js applies it: words are
/// split at spaces and at <c>- / . , ; ? ! : ( ) [ ]</c> and quotes; a word that is all lower case and not a stop
/// word gets a capital; the first word, a word after <c>: ? !</c>, a stop word that ends the title and the word
/// before a first hyphen get one too; nothing is ever lowered. <see cref="Headline"/> and <see cref="Sentence"/> are the style guides' rules,
/// which do lower ordinary words but keep acronyms and mixed-case names.
/// </summary>
internal static class TitleCase
{
    // citeproc-js's list (CSL.SKIP_WORDS, single words only: a title word is compared alone).
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "about", "above", "across", "afore", "after", "against", "al", "along", "alongside", "amid", "amidst", "among",
        "amongst", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "circa",
        "despite", "down", "during", "et", "except", "for", "forenenst", "from", "given", "in", "inside", "into", "lest",
        "like", "modulo", "near", "next", "notwithstanding", "of", "off", "on", "onto", "out", "over", "per", "plus",
        "pro", "qua", "sans", "since", "than", "through", "throughout", "thruout", "till", "to", "toward", "towards",
        "under", "underneath", "until", "unto", "up", "upon", "versus", "vs.", "v.", "vs", "v", "via", "vis-à-vis",
        "with", "within", "without", "or", "yet", "so", "and", "nor", "a", "an", "the", "de", "d'", "von", "van", "c", "ca",
    };

    // Chicago and MLA lower these in headline style (articles, coordinating conjunctions, prepositions).
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "vs.", "with", "from", "into", "onto", "over", "upon", "than",
    };

    /// <summary>citeproc-js's title case: only ever capitalizes an all-lower-case word.</summary>
    public static string Capitalize(string title)
    {
        // Runs for every title of an MLA or Chicago list, so it works in place on one copy and only makes a string
        // of a word when it must look it up among the stop words.
        char[]? output = null;
        // citeproc-js also capitalizes the last word before the title's first break when that break is a hyphen
        // ("REM near-IR" → "REM Near-IR"); later hyphens do not count.
        int firstBreak = IndexOfBreak(title);
        int beforeHyphen = firstBreak < title.Length && title[firstBreak] == '-' ? LastWordStart(title, firstBreak) : -1;
        int lastWordStart = LastWordStart(title, title.Length);
        bool first = true;
        bool afterColon = false;
        int i = 0;
        while (i < title.Length)
        {
            char c = title[i];
            if (IsSpace(c) || IsBreak(c))
            {
                afterColon |= c is ':' or '?' or '!';
                i++;
                continue;
            }

            int start = i;
            bool lower = true;
            while (i < title.Length && !IsSpace(title[i]) && !IsBreak(title[i]))
            {
                lower &= char.ToLowerInvariant(title[i]) == title[i];
                i++;
            }

            int length = i - start;
            bool capital = first || afterColon || start == beforeHyphen || (length > 1 && (start == lastWordStart || !IsStopWord(title, start, length)));
            if (capital && lower && !(length == 1 && title[start] >= '\u0370' && title[start] <= '\u03FF'))
            {
                char upper = char.ToUpperInvariant(title[start]);
                if (upper != title[start])
                {
                    output ??= title.ToCharArray();
                    output[start] = upper;
                }
            }

            first = false;
            afterColon = false;
        }

        return output is null ? title : new string(output);
    }

    private static int IndexOfBreak(string title)
    {
        int i = 0;
        while (i < title.Length && !IsBreak(title[i]))
        {
            i++;
        }

        return i;
    }

    // Where the last word before `end` starts; -1 when there is none.
    private static int LastWordStart(string title, int end)
    {
        while (end > 0 && (IsSpace(title[end - 1]) || IsBreak(title[end - 1])))
        {
            end--;
        }

        int start = end;
        while (start > 0 && !IsSpace(title[start - 1]) && !IsBreak(title[start - 1]))
        {
            start--;
        }

        return end == 0 ? -1 : start;
    }

    // The longest stop word has 15 letters; longer words are never looked up. citeproc-js matches its list as a
    // regular expression with "v." and "vs." unescaped, so "v2" and "vsx" count as stop words too.
    private static bool IsStopWord(string title, int start, int length)
    {
        if (length > 15)
        {
            return false;
        }

        string word = title.Substring(start, length).ToLowerInvariant();
        return StopWords.Contains(word) || (word[0] == 'v' && (length == 2 || (length == 3 && word[1] == 's')));
    }

    /// <summary>Chicago/MLA headline case: major words capitalized, minor words lowered, acronyms kept.</summary>
    public static string Headline(string title) => Recase(title, (word, lower, position) =>
    {
        if (IsProtected(word))
        {
            return word;
        }

        bool minor = MinorWords.Contains(lower) && !position.IsFirst && !position.AfterColon && !position.IsLast;
        return minor ? lower : Upper(lower);
    });

    /// <summary>APA sentence case: first word and the word after a colon capitalized, the rest lowered, acronyms kept.</summary>
    public static string Sentence(string title) => Recase(title, (word, lower, position) =>
    {
        if (IsProtected(word))
        {
            return word;
        }

        return position.IsFirst || position.AfterColon ? Upper(lower) : lower;
    });

    // A word with a capital after its first letter, a digit next to letters, or a single capital letter is a
    // name or an acronym (E-ViLM, MLLMs, GPT-4V, BERT, InterBERT, I): never recased.
    private static bool IsProtected(string word)
    {
        for (int i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) || char.IsDigit(word[i]))
            {
                return true;
            }
        }

        return word.Length == 1 && char.IsUpper(word[0]);
    }

    private static string Upper(string word)
    {
        // citeproc-js leaves a lone Greek letter alone.
        if (word.Length == 1 && word[0] >= '\u0370' && word[0] <= '\u03FF')
        {
            return word;
        }

        return word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);
    }

    private static bool IsBreak(char c) => c is '-' or '\u2013' or '\u2014' or '/' or '.' or ',' or ';' or '?' or '!' or ':'
        or '[' or ']' or '(' or ')' or '\'' or '"' or '\u2018' or '\u2019' or '\u201C' or '\u201D';

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u3000' or '\u205F' || (c >= '\u2000' && c <= '\u200B');

    private static string Recase(string title, Func<string, string, Position, string> recase)
    {
        // Find the words first so the last one is known.
        var words = new List<(int Start, int Length, bool AfterColon)>();
        bool afterColon = false;
        int i = 0;
        while (i < title.Length)
        {
            char c = title[i];
            if (IsSpace(c))
            {
                i++;
                continue;
            }

            if (IsBreak(c))
            {
                if (c is ':' or '?' or '!')
                {
                    afterColon = true;
                }

                i++;
                continue;
            }

            int start = i;
            while (i < title.Length && !IsSpace(title[i]) && !IsBreak(title[i]))
            {
                i++;
            }

            words.Add((start, i - start, afterColon));
            afterColon = false;
        }

        var output = new StringBuilder(title);
        for (int w = 0; w < words.Count; w++)
        {
            (int start, int length, bool after) = words[w];
            string word = title.Substring(start, length);
            string lower = word.ToLowerInvariant();
            string cased = recase(word, lower, new Position(w == 0, after, w == words.Count - 1));
            for (int k = 0; k < length; k++)
            {
                output[start + k] = cased[k];
            }
        }

        return output.ToString();
    }

    private readonly struct Position
    {
        public Position(bool isFirst, bool afterColon, bool isLast)
        {
            IsFirst = isFirst;
            AfterColon = afterColon;
            IsLast = isLast;
        }

        public bool IsFirst { get; }

        public bool AfterColon { get; }

        public bool IsLast { get; }
    }
}
