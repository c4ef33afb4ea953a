using System.Collections.Generic;

namespace Papers.Naming;

/// <summary>
/// Titles are one paper when they match ignoring case and runs of white space (ends trimmed, inner runs one
/// space). Compared in place: a catalog of a million titles keeps no normalized copy of each.
/// </summary>
internal sealed class TitleComparer : IEqualityComparer<string>
{
    public static readonly TitleComparer Instance = new();

    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        var a = new Cursor(x);
        var b = new Cursor(y);
        while (true)
        {
            int c = a.Next();
            if (c != b.Next())
            {
                return false;
            }

            if (c < 0)
            {
                return true;
            }
        }
    }

    public int GetHashCode(string title)
    {
        // FNV-1a over the normalized characters: the same for every title Equals calls equal.
        unchecked
        {
            int hash = (int)2166136261;
            var cursor = new Cursor(title);
            for (int c = cursor.Next(); c >= 0; c = cursor.Next())
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    // Walks a title as its normalized form reads: upper-cased, white space runs as one space, none at the ends.
    private struct Cursor
    {
        private readonly string _text;
        private int _index;
        private bool _started;

        public Cursor(string text)
        {
            _text = text;
            _index = 0;
            _started = false;
        }

        public int Next()
        {
            if (_index >= _text.Length)
            {
                return -1;
            }

            if (char.IsWhiteSpace(_text[_index]))
            {
                while (_index < _text.Length && char.IsWhiteSpace(_text[_index]))
                {
                    _index++;
                }

                if (_index == _text.Length)
                {
                    return -1;
                }

                if (_started)
                {
                    return ' ';
                }
            }

            _started = true;
            return char.ToUpperInvariant(_text[_index++]);
        }
    }
}
