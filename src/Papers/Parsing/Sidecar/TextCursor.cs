namespace Papers.Parsing.Sidecar;

/// <summary>A position in text that knows its line and column, for located syntax errors.</summary>
internal sealed class TextCursor
{
    private readonly string _text;
    private int _line = 1;
    private int _lineStart;

    public TextCursor(string text)
    {
        _text = text;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            Position = 1;
            _lineStart = 1;
        }
    }

    public int Position { get; private set; }

    public bool AtEnd => Position >= _text.Length;

    public char Current => AtEnd ? '\0' : _text[Position];

    public int Line => _line;

    public int Column => Position - _lineStart + 1;

    public char Peek(int ahead) => Position + ahead < _text.Length ? _text[Position + ahead] : '\0';

    public char Next()
    {
        char c = _text[Position++];
        if (c == '\n' || (c == '\r' && Current != '\n'))
        {
            _line++;
            _lineStart = Position;
        }

        return c;
    }

    public void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            Next();
        }
    }

    public SidecarSyntaxException Error(string message) => new(_line, Column, message);
}
