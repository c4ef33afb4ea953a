using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

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
    private readonly char[] _buffer = new char[16 * 1024];
    private int _position;
    private int _length;
    private bool _skipLineFeed;
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
        int startColumn = 0;
        int endColumn = 0;
        while (ReadLine() is string raw)
        {
            string line = Trim(raw, out int leading);
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
                startColumn = leading + 1;
            }

            lines.Add(line);
            endColumn = leading + line.Length;
        }

        return lines == null ? null : new DigestBlock(new LineSpan(start, startColumn, start + lines.Count - 1, endColumn), lines);
    }

    // Reads one line through a buffer, checking the size limit while the line grows: a 2 GB file of one line
    // must stop at the limit, not be read whole first (TextReader.ReadLine would, and fail past 2 Gi chars).
    private string? ReadLine()
    {
        if (LimitExceeded)
        {
            return null;
        }

        StringBuilder? pending = null;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (pending is null)
                {
                    return null;
                }

                return Complete(pending.ToString());
            }

            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (_buffer[_position] == '\n')
                {
                    _position++;
                    continue;
                }
            }

            int start = _position;
            int end = _buffer.AsSpan(start, _length - start).IndexOfAny('\n', '\r');
            _position = end < 0 ? _length : start + end;

            int count = _position - start;
            long length = (pending?.Length ?? 0) + count;
            if (_charsRead + length > _maxChars)
            {
                LimitExceeded = true;
                return null;
            }

            if (_position < _length)
            {
                // A line end: CR, LF, or CRLF (the LF may be in the next buffer).
                _skipLineFeed = _buffer[_position] == '\r';
                _position++;
                string line = pending is null ? new string(_buffer, start, count) : pending.Append(_buffer, start, count).ToString();
                return Complete(line);
            }

            (pending ??= new StringBuilder()).Append(_buffer, start, count);
        }
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    private string? Complete(string line)
    {
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

    private static string Trim(string line, out int start)
    {
        start = 0;
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
