namespace Papers.Tool.Enrich;

/// <summary>Queries grouped by one text each (an arXiv id, a title key), found by that text's UTF-8 bytes.</summary>
internal sealed class QueryGroups
{
    private readonly WordTable _texts;
    private readonly int[] _starts;
    private readonly int[] _members;

    /// <param name="textOfQuery">Each query's text, or null for a query in no group.</param>
    public QueryGroups(IReadOnlyList<string?> textOfQuery)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var texts = new List<string>();
        for (int q = 0; q < textOfQuery.Count; q++)
        {
            if (textOfQuery[q] is not string text)
            {
                continue;
            }

            if (!groups.TryGetValue(text, out List<int>? members))
            {
                groups[text] = members = new List<int>(1);
                texts.Add(text);
            }

            members.Add(q);
        }

        _texts = new WordTable(texts);
        _starts = new int[texts.Count + 1];
        _members = new int[groups.Values.Sum(m => m.Count)];
        for (int g = 0; g < texts.Count; g++)
        {
            List<int> members = groups[texts[g]];
            members.CopyTo(_members, _starts[g]);
            _starts[g + 1] = _starts[g] + members.Count;
        }
    }

    public bool IsEmpty => _texts.Count == 0;

    /// <summary>The queries whose text has these bytes (in query order); empty when none has.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<byte> text)
    {
        int group = _texts.Find(text);
        return group < 0 ? ReadOnlySpan<int>.Empty : _members.AsSpan(_starts[group], _starts[group + 1] - _starts[group]);
    }
}
