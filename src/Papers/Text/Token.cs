namespace Papers.Text;

/// <summary>A word of a text: as written, lower-cased and folded, its Porter stem, and where it stands.</summary>
/// <param name="Surface">As written (<c>MLLMs</c>).</param>
/// <param name="Lower">Lower-cased, accents folded (<c>mllms</c>).</param>
/// <param name="Stem">The Porter stem of <paramref name="Lower"/> (<c>mllm</c>).</param>
/// <param name="Start">Offset in the text.</param>
/// <param name="End">Offset just past the token in the text (apostrophes make it differ from Start + Surface.Length).</param>
internal readonly record struct Token(string Surface, string Lower, string Stem, int Start, int End)
{
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
