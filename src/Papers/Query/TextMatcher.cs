using System;
using System.Collections.Generic;
using Papers.Text;

namespace Papers.Query;

/// <summary>The words of a text as queries see them: Porter stems of folded, lower-cased tokens.</summary>
internal sealed class QueryText
{
    public QueryText(string text)
    {
        List<Token> tokens = Tokenizer.Tokenize(text);
        Stems = new string[tokens.Count];
        Set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Count; i++)
        {
            Stems[i] = tokens[i].Stem;
            Set.Add(tokens[i].Stem);
        }
    }

    public string[] Stems { get; }

    public HashSet<string> Set { get; }
}

/// <summary>
/// Word-aware matching: case and accents do not matter, inflections and plurals match (<c>segmenting</c> finds
/// <c>segmentation</c>; <c>MLLM</c> finds <c>MLLMs</c>), and a term never matches inside another word.
/// </summary>
internal static class TextMatcher
{
    public static IReadOnlyList<string> Words(string text)
    {
        List<Token> tokens = Tokenizer.Tokenize(text);
        var words = new string[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            words[i] = tokens[i].Stem;
        }

        return words;
    }

    public static bool Contains(IQueryTarget paper, QueryField field, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return true;
        }

        return (field != QueryField.Abstract && Contains(paper.TitleText, words)) ||
               (field != QueryField.Title && Contains(paper.AbstractText, words));
    }

    private static bool Contains(QueryText text, IReadOnlyList<string> words)
    {
        if (words.Count == 1)
        {
            return text.Set.Contains(words[0]);
        }

        foreach (string word in words)
        {
            if (!text.Set.Contains(word))
            {
                return false;
            }
        }

        string[] stems = text.Stems;
        for (int i = 0; i + words.Count <= stems.Length; i++)
        {
            int k = 0;
            while (k < words.Count && string.Equals(stems[i + k], words[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == words.Count)
            {
                return true;
            }
        }

        return false;
    }
}
