using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace Papers.Generators;

/// <summary>
/// Reads a <see cref="SourceText"/> line by line without copying it into one string, ending lines only at
/// CR, LF and CRLF (like <see cref="StreamReader"/>, unlike <c>SourceText.Lines</c>, which also breaks at
/// U+2028/U+2029/U+0085). Checks for cancellation between chunks so a huge file never blocks the IDE.
/// </summary>
internal sealed class SourceTextReader : TextReader
{
    private const int ChunkSize = 16 * 1024;

    private readonly SourceText _text;
    private readonly CancellationToken _cancellationToken;
    private readonly char[] _chunk = new char[ChunkSize];
    private int _chunkStart;
    private int _chunkLength;
    private int _position;

    public SourceTextReader(SourceText text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    public override int Peek() => Fill() ? _chunk[_position - _chunkStart] : -1;

    public override int Read()
    {
        if (!Fill())
        {
            return -1;
        }

        return _chunk[_position++ - _chunkStart];
    }

    public override string? ReadLine()
    {
        if (!Fill())
        {
            return null;
        }

        StringBuilder? builder = null;
        while (Fill())
        {
            int offset = _position - _chunkStart;
            int end = offset;
            while (end < _chunkLength && _chunk[end] != '\r' && _chunk[end] != '\n')
            {
                end++;
            }

            if (end == _chunkLength)
            {
                // The line goes on past this chunk.
                builder ??= new StringBuilder();
                builder.Append(_chunk, offset, end - offset);
                _position += end - offset;
                continue;
            }

            string tail = new(_chunk, offset, end - offset);
            _position += end - offset + 1;
            if (_chunk[end] == '\r' && Fill() && _chunk[_position - _chunkStart] == '\n')
            {
                _position++;
            }

            return builder == null ? tail : builder.Append(tail).ToString();
        }

        return builder?.ToString();
    }

    // Makes sure the chunk holds the char at _position; false at the end of the text.
    private bool Fill()
    {
        if (_position < _chunkStart + _chunkLength)
        {
            return true;
        }

        if (_position >= _text.Length)
        {
            return false;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        _chunkStart = _position;
        _chunkLength = Math.Min(ChunkSize, _text.Length - _position);
        _text.CopyTo(_position, _chunk, 0, _chunkLength);
        return true;
    }
}
