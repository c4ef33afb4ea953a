using System;
using System.Collections.Generic;

namespace Papers.Text;

/// <summary>Tokens of one text with their positions by stem and by surface form, so a rule finds its first word in O(1).</summary>
internal sealed class TokenIndex
{
    private static readonly int[] None = Array.Empty<int>();

    private readonly Dictionary<string, List<int>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _bySurface = new(StringComparer.Ordinal);

    public TokenIndex(List<Token> tokens)
    {
        Tokens = tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            Add(_byStem, tokens[i].Stem, i);
            Add(_bySurface, tokens[i].Surface, i);
        }
    }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<int> ByStem(string stem) => _byStem.TryGetValue(stem, out List<int>? positions) ? positions : None;

    public IReadOnlyList<int> BySurface(string surface) => _bySurface.TryGetValue(surface, out List<int>? positions) ? positions : None;

    private static void Add(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out List<int>? positions))
        {
            index[key] = positions = new List<int>(1);
        }

        positions.Add(position);
    }
}
