namespace Papers.Parsing;

/// <summary>
/// Where a piece of text stands in its file: 1-based lines and columns, the end column being that of the last
/// character (inclusive), as a C# <c>#line (l, c) - (l, c)</c> directive writes it. Columns count UTF-16 code units,
/// as editors and the compiler do.
/// </summary>
internal readonly record struct LineSpan(int StartLine, int StartColumn, int EndLine, int EndColumn);
