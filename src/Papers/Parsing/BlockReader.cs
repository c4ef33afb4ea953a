using System.Collections.Generic;
using System.IO;

namespace Papers.Parsing;

/// <summary>
/// Splits a digest into blocks separated by blank lines. Only CR, LF and CRLF end a line (U+2028,
/// U+0085… are data); spaces and tabs at either end of a line are not; a leading BOM is dropped.
/// Reads from a <see cref="TextReader"/>, so a large file is never held twice.
/// </summary>
internal sealed class BlockReader
{
    private readonly TextReader _reader;
    private readonly long _maxChars;
    private int _lineNumber;
    private long _charsRead;

    public BlockReader(TextReader reader, long maxChars)
    {
        _reader = reader;
        _maxChars = maxChars;
    }

    /// <summary>Set when the input passed the size limit; reading stops there.</summary>
    public bool LimitExceeded { get; private set; }

    public int LinesRead => _lineNumber;

    public DigestBlock? Next()
    {
        List<string>? lines = null;
        int start = 0;
        while (ReadLine() is string raw)
        {
            string line = Trim(raw);
            if (line.Length == 0)
            {
                if (lines != null)
                {
                    break;
                }

                continue;
            }

            if (lines == null)
            {
                lines = new List<string>(1);
                start = _lineNumber;
            }

            lines.Add(line);
        }

        return lines == null ? null : new DigestBlock(start, lines);
    }

    private string? ReadLine()
    {
        if (LimitExceeded)
        {
            return null;
        }

        string? line = _reader.ReadLine();
        if (line == null)
        {
            return null;
        }

        _lineNumber++;
        _charsRead += line.Length + 1;
        if (_charsRead > _maxChars)
        {
            LimitExceeded = true;
            return null;
        }

        if (_lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
        {
            line = line.Substring(1);
        }

        return line;
    }

    private static string Trim(string line)
    {
        int start = 0;
        int end = line.Length;
        while (start < end && IsTrimmable(line[start]))
        {
            start++;
        }

        while (end > start && IsTrimmable(line[end - 1]))
        {
            end--;
        }

        return start == 0 && end == line.Length ? line : line.Substring(start, end - start);
    }

    private static bool IsTrimmable(char c) => c == ' ' || c == '\t' || c == '\f' || c == '\v';
}
