using System.Collections.Generic;

namespace Papers.Parsing;

/// <summary>One run of non-blank lines. <see cref="Text"/> joins the trimmed lines with single spaces.</summary>
internal sealed class DigestBlock
{
    public DigestBlock(int line, IReadOnlyList<string> lines)
    {
        Line = line;
        Lines = lines;
        Text = lines.Count == 1 ? lines[0] : string.Join(" ", lines);
    }

    /// <summary>1-based line of the block's first line.</summary>
    public int Line { get; }

    public IReadOnlyList<string> Lines { get; }

    public string Text { get; }
}
