using System.Text;

namespace Papers.Citations;

/// <summary>
/// Where a style writes an entry: text goes through the format's escaping, italics get the format's markup, and
/// adjacent punctuation is merged the way citeproc-js does (no ". ." or "?." pairs).
/// </summary>
internal sealed class CitationWriter
{
    private readonly StringBuilder _output;
    private readonly CitationFormat _format;
    private char _last;

    /// <summary>A writer into <paramref name="output"/> (a whole bibliography shares one), or into its own buffer.</summary>
    public CitationWriter(CitationFormat format, StringBuilder? output = null)
    {
        _format = format;
        _output = output ?? new StringBuilder(64);
    }

    public CitationWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Escaped(text!);
        }

        return this;
    }

    public CitationWriter Italic(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return this;
        }

        switch (_format)
        {
            case CitationFormat.Html:
                _output.Append("<i>");
                Escaped(text!);
                _output.Append("</i>");
                break;
            case CitationFormat.Markdown:
                _output.Append('*');
                Escaped(text!);
                _output.Append('*');
                break;
            default:
                Escaped(text!);
                break;
        }

        return this;
    }

    /// <summary>
    /// Punctuation between parts: a leading period is dropped after ".", "?" or "!", a leading comma after "?" or "!"
    /// is kept (as citeproc does).
    /// </summary>
    public CitationWriter Punct(string delimiter)
    {
        if (delimiter.Length > 0 && delimiter[0] == '.' && _last is '.' or '?' or '!')
        {
            delimiter = delimiter.Substring(1);
        }

        return Text(delimiter);
    }

    public override string ToString() => _output.ToString();

    // Markup may not carry control characters (HTML forbids them); they show as the replacement character.
    private static bool IsControl(char c) => char.IsControl(c) && c is not ('\t' or '\n');

    private void Escaped(string text)
    {
        switch (_format)
        {
            case CitationFormat.Html:
                foreach (char c in text)
                {
                    _output.Append(c switch
                    {
                        '&' => "&amp;",
                        '<' => "&lt;",
                        '>' => "&gt;",
                        '"' => "&quot;",
                        '\'' => "&#39;",
                        _ when IsControl(c) => "\uFFFD",
                        _ => c.ToString(),
                    });
                }

                break;
            case CitationFormat.Markdown:
                foreach (char c in text)
                {
                    if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '$')
                    {
                        _output.Append('\\');
                    }

                    _output.Append(IsControl(c) ? '\uFFFD' : c);
                }

                break;
            default:
                _output.Append(text);
                break;
        }

        _last = text[text.Length - 1];
    }
}
