using System.Collections.Generic;

namespace Papers.Parsing;

/// <summary>One run of non-blank lines. <see cref="Text"/> joins the trimmed lines with single spaces.</summary>
internal sealed class DigestBlock
{
    public DigestBlock(LineSpan span, IReadOnlyList<string> lines)
    {
        Span = span;
        Lines = lines;
        Text = lines.Count == 1 ? lines[0] : string.Join(" ", lines);
    }

    /// <summary>1-based line of the block's first line.</summary>
    public int Line => Span.StartLine;

    /// <summary>From the first character of the first line to the last of the last line, trimmed ends left out.</summary>
    public LineSpan Span { get; }

    public IReadOnlyList<string> Lines { get; }

    public string Text { get; }
}
