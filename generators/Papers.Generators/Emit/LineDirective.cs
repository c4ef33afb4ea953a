using System;
using System.Globalization;
using Papers.Parsing;

namespace Papers.Generators.Emit;

/// <summary>
/// The C# 10 span form of <c>#line</c> that maps a paper's member to its title in the digest, so go to definition,
/// the debugger and the compiler's own messages land on the digest line (as Razor maps generated code to
/// <c>.razor</c> files).
/// </summary>
/// <remarks>
/// The compiler resolves a relative path against the folder of the generated file (its <c>SyntaxTree.FilePath</c>),
/// so the package's targets pass the path from that folder to the digest (<c>PaperDigestLinePath</c>): the same
/// text on every machine with the same repository layout. Every token of the mapped line starts before the
/// character offset, so each maps to the whole title, not to a stretch of it as long as the token.
/// </remarks>
internal static class LineDirective
{
    // The compiler's limits (CS8938 beyond them): lines up to 0xFEEFED, characters and the offset up to 65,536.
    internal const int MaxLine = 0xFEEFED;
    internal const int MaxCharacter = 65536;

    /// <summary>
    /// Whether <paramref name="path"/> can stand in a directive: its file name has no escapes, so it cannot hold
    /// a quote or a line break.
    /// </summary>
    public static bool CanWrite(string path) =>
        path.Length > 0 && path.IndexOfAny(['"', '\r', '\n', '\u0085', '\u2028', '\u2029']) < 0;

    /// <summary>The directive for a line of <paramref name="lineLength"/> characters, or null past the compiler's limits.</summary>
    public static string? For(string path, LineSpan title, int lineLength)
    {
        if (title.StartLine < 1 || title.EndLine > MaxLine || title.StartColumn > MaxCharacter || lineLength >= MaxCharacter)
        {
            return null;
        }

        // A title that runs past column 65,536 maps to as much of it as the compiler can name.
        int endColumn = Math.Min(title.EndColumn, MaxCharacter);
        return string.Format(
            CultureInfo.InvariantCulture,
            "#line ({0}, {1}) - ({2}, {3}) {4} \"{5}\"",
            title.StartLine,
            title.StartColumn,
            title.EndLine,
            endColumn,
            lineLength + 1,
            path);
    }
}
