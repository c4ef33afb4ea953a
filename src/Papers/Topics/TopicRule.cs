using System;
using System.Collections.Generic;
using Papers.Text;

namespace Papers.Topics;

/// <summary>
/// One way a topic shows in text. A term is a phrase of words matched on Porter stems, so plurals and
/// inflections match (<c>segmentation</c> matches <c>segmenting</c>); a word ending in <c>*</c> matches by prefix
/// (<c>autoencod*</c>); a word written in capitals is an acronym, matched case-sensitively with an optional
/// plural <c>s</c> (<c>MLLM</c> matches <c>MLLMs</c>, not the word <c>mllm</c>; <c>RAG</c> never matches <c>rag</c>).
/// Hyphens split words, so <c>multi-modal</c> matches "multi-modal" and "multi modal".
/// </summary>
internal sealed class TopicRule
{
    private readonly Part[] _parts;

    private TopicRule(string term, Part[] parts)
    {
        Term = term;
        _parts = parts;
    }

    public string Term { get; }

    public static TopicRule? Parse(string term)
    {
        var parts = new List<Part>();
        foreach (Token token in Tokenizer.Tokenize(term))
        {
            bool prefix = token.End < term.Length && term[token.End] == '*';
            if (prefix)
            {
                parts.Add(new Part(PartKind.Prefix, token.Lower));
            }
            else if (token.IsAcronym || (token.Surface.Length >= 2 && IsAllCaps(token.Surface)))
            {
                parts.Add(new Part(PartKind.Acronym, token.Surface));
            }
            else
            {
                parts.Add(new Part(PartKind.Stem, token.Stem));
            }
        }

        return parts.Count == 0 ? null : new TopicRule(term, parts.ToArray());
    }

    /// <summary>The first word of the term, which a taxonomy indexes the rule by.</summary>
    internal (PartKind Kind, string Value) First => (_parts[0].Kind, _parts[0].Value);

    /// <summary>Whether the whole term stands at position <paramref name="i"/>.</summary>
    public bool MatchesAt(IReadOnlyList<Token> tokens, int i)
    {
        if (i + _parts.Length > tokens.Count)
        {
            return false;
        }

        for (int p = 0; p < _parts.Length; p++)
        {
            if (!_parts[p].Matches(tokens[i + p]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllCaps(string word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    internal enum PartKind
    {
        Stem,
        Prefix,
        Acronym,
    }

    private readonly struct Part
    {
        public Part(PartKind kind, string value)
        {
            Kind = kind;
            Value = value;
        }

        public PartKind Kind { get; }

        public string Value { get; }

        public bool Matches(Token token) => Kind switch
        {
            PartKind.Stem => string.Equals(token.Stem, Value, StringComparison.Ordinal),
            PartKind.Prefix => token.Lower.StartsWith(Value, StringComparison.Ordinal),
            _ => string.Equals(token.Surface, Value, StringComparison.Ordinal) ||
                 (token.Surface.Length == Value.Length + 1 && token.Surface[Value.Length] == 's' && token.Surface.StartsWith(Value, StringComparison.Ordinal)),
        };
    }
}
