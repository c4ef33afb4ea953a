namespace Papers.Text;

/// <summary>A word of a text: as written, lower-cased and folded, its Porter stem, and where it stands.</summary>
internal readonly struct Token
{
    public Token(string surface, string lower, string stem, int start, int end)
    {
        Surface = surface;
        Lower = lower;
        Stem = stem;
        Start = start;
        End = end;
    }

    /// <summary>As written (<c>MLLMs</c>).</summary>
    public string Surface { get; }

    /// <summary>Lower-cased, accents folded (<c>mllms</c>).</summary>
    public string Lower { get; }

    /// <summary>The Porter stem of <see cref="Lower"/> (<c>mllm</c>).</summary>
    public string Stem { get; }

    /// <summary>Offset in the text.</summary>
    public int Start { get; }

    /// <summary>Offset just past the token in the text (apostrophes make it differ from Start + Surface.Length).</summary>
    public int End { get; }

    public bool IsStopWord => StopWords.Contains(Lower);

    /// <summary>Two or more letters, all capitals except an optional plural <c>s</c>: <c>MLLM</c>, <c>MLLMs</c>, <c>GPT</c>.</summary>
    public bool IsAcronym
    {
        get
        {
            string core = Surface.Length > 2 && Surface[Surface.Length - 1] == 's' ? Surface.Substring(0, Surface.Length - 1) : Surface;
            int upper = 0;
            foreach (char c in core)
            {
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (!char.IsDigit(c))
                {
                    return false;
                }
            }

            return upper >= 2;
        }
    }

    public override string ToString() => Surface;
}
