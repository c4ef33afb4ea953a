using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Papers.Parsing;

namespace Papers.Query;

/// <summary>
/// The query language, one for the run time, compile time and the command line:
/// <code>
/// query   := or
/// or      := and ("OR" and)*
/// and     := unary+                       (side by side: all must match)
/// unary   := "-" unary | primary          (-x: must not match)
/// primary := "(" or ")" | phrase | field ":" value | word
/// field   := title | abstract | topic | has | link | date | id
/// </code>
/// <c>has:</c> takes code, links, abstract, authors, arxiv, doi or date; <c>date:</c> takes <c>2024-03-11</c> or
/// <c>2024-03-01..2024-03-15</c>; <c>link:</c> a host (<c>github.com</c> also matches its subdomains).
/// Example: <c>topic:multimodal has:code -survey ("masked video" OR title:MAE)</c>.
/// </summary>
public sealed class PaperQuery
{
    private static readonly string[] Fields = { "title", "abstract", "topic", "has", "link", "date", "id" };
    private static readonly string[] HasValues = { "code", "links", "abstract", "authors", "arxiv", "doi", "date" };

    private readonly string _text;
    private int _position;

    private PaperQuery(string text, QueryNode root)
    {
        _text = text;
        Root = root;
    }

    private PaperQuery(string text)
    {
        _text = text;
        Root = AllNode.Instance;
    }

    internal QueryNode Root { get; }

    /// <summary>Parses a query in the language above.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="QueryParseException">The query is malformed; the exception says where and why.</exception>
    public static PaperQuery Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (text.Length > MaxLength)
        {
            throw new QueryParseException($"the query is longer than {MaxLength} characters", MaxLength + 1);
        }

        var parser = new PaperQuery(text);
        return new PaperQuery(text, parser.ParseQuery());
    }

    /// <summary>Parses a query, or says why not.</summary>
    public static bool TryParse(string text, out PaperQuery? query, out QueryParseException? error)
    {
        try
        {
            query = Parse(text);
            error = null;
            return true;
        }
        catch (QueryParseException e)
        {
            query = null;
            error = e;
            return false;
        }
    }

    /// <summary>Queries longer than this are refused (with a positioned error), bounding parse time and depth.</summary>
    public const int MaxLength = 4096;

    internal bool Matches(IQueryTarget paper) => Root.Matches(paper);

    /// <summary>Normalised query text; parsing it gives the same tree.</summary>
    public override string ToString() => Root.ToString();

    private QueryNode ParseQuery()
    {
        SkipSpace();
        if (_position >= _text.Length)
        {
            return AllNode.Instance;
        }

        QueryNode node = ParseOr(depth: 0);
        SkipSpace();
        if (_position < _text.Length)
        {
            throw Error(_text[_position] == ')' ? "unexpected ')'" : $"unexpected '{_text[_position]}'", _position);
        }

        return node;
    }

    private QueryNode ParseOr(int depth)
    {
        if (depth > 64)
        {
            throw Error("the query nests too deeply", _position);
        }

        var operands = new List<QueryNode> { ParseAnd(depth) };
        while (true)
        {
            SkipSpace();
            if (!AtKeyword("OR"))
            {
                break;
            }

            int orAt = _position;
            _position += 2;
            SkipSpace();
            if (_position >= _text.Length || _text[_position] == ')' || AtKeyword("OR"))
            {
                throw Error("expected a term after 'OR'", orAt);
            }

            operands.Add(ParseAnd(depth));
        }

        return operands.Count == 1 ? operands[0] : new OrNode(operands);
    }

    private QueryNode ParseAnd(int depth)
    {
        var operands = new List<QueryNode>();
        while (true)
        {
            SkipSpace();
            if (_position >= _text.Length || _text[_position] == ')' || AtKeyword("OR"))
            {
                break;
            }

            operands.Add(ParseUnary(depth));
        }

        if (operands.Count == 0)
        {
            throw _position < _text.Length && _text[_position] == ')'
                ? Error("unexpected ')'", _position)
                : Error("expected a term", _position);
        }

        return operands.Count == 1 ? operands[0] : new AndNode(operands);
    }

    private QueryNode ParseUnary(int depth)
    {
        if (depth > 64)
        {
            throw Error("the query nests too deeply", _position);
        }

        if (_text[_position] == '-')
        {
            int minusAt = _position;
            _position++;
            if (_position >= _text.Length || char.IsWhiteSpace(_text[_position]) || _text[_position] == ')')
            {
                throw Error("expected a term after '-'", minusAt);
            }

            return new NotNode(ParseUnary(depth + 1));
        }

        return ParsePrimary(depth);
    }

    private QueryNode ParsePrimary(int depth)
    {
        char c = _text[_position];
        if (c == '(')
        {
            int open = _position;
            _position++;
            SkipSpace();
            if (_position < _text.Length && _text[_position] == ')')
            {
                throw Error("empty parentheses", open);
            }

            QueryNode inner = ParseOr(depth + 1);
            SkipSpace();
            if (_position >= _text.Length || _text[_position] != ')')
            {
                throw Error("missing ')' for the '(' opened", open);
            }

            _position++;
            return inner;
        }

        if (c == '"')
        {
            return new PhraseNode(ReadPhrase());
        }

        if (c == ')')
        {
            throw Error("unexpected ')'", _position);
        }

        int start = _position;
        string word = ReadWord();
        int colon = word.IndexOf(':');
        if (colon <= 0)
        {
            return new TermNode(word);
        }

        string field = word.Substring(0, colon);
        if (!Fields.Contains(field, StringComparer.OrdinalIgnoreCase) || !field.All(char.IsLetter))
        {
            throw Error($"unknown field '{field}' (expected {string.Join(", ", Fields)})", start);
        }

        field = field.ToLowerInvariant();
        string value = word.Substring(colon + 1);
        bool phrase = false;
        if (value.Length == 0 && _position < _text.Length && _text[_position] == '"')
        {
            value = ReadPhrase();
            phrase = true;
        }

        if (value.Length == 0)
        {
            throw Error($"expected a value after '{field}:'", start);
        }

        int valueAt = start + colon + 2;
        return field switch
        {
            "title" => phrase ? new PhraseNode(value, QueryField.Title) : new TermNode(value, QueryField.Title),
            "abstract" => phrase ? new PhraseNode(value, QueryField.Abstract) : new TermNode(value, QueryField.Abstract),
            "topic" => new FilterNode("topic", value, p => p.Topics.Contains(value, StringComparer.OrdinalIgnoreCase)),
            "id" => new FilterNode("id", value, p => string.Equals(p.Id, value, StringComparison.OrdinalIgnoreCase)),
            "link" => new FilterNode("link", value, LinkTo(value)),
            "has" => new FilterNode("has", value.ToLowerInvariant(), Has(value.ToLowerInvariant(), valueAt - 1)),
            _ => new FilterNode("date", value, DateIn(value, valueAt - 1)),
        };
    }

    internal static Func<IQueryTarget, bool> LinkTo(string host)
    {
        string wanted = host.ToLowerInvariant();
        if (wanted.StartsWith("www.", StringComparison.Ordinal))
        {
            wanted = wanted.Substring(4);
        }

        return p => p.Links.Any(l =>
        {
            string h = LinkExtractor.Host(l.Url);
            return h == wanted || h.EndsWith("." + wanted, StringComparison.Ordinal);
        });
    }

    private static Func<IQueryTarget, bool> Has(string value, int at) => value switch
    {
        "code" => p => p.Links.Any(l => l.Kind == LinkKind.Code),
        "links" => p => p.Links.Count > 0,
        "abstract" => p => p.Abstract.Length > 0,
        "date" => p => p.Date.HasValue,
        "authors" => p => p.AuthorCount > 0,
        "arxiv" => p => p.ArxivId != null,
        "doi" => p => p.Doi != null,
        _ => throw Error($"unknown value '{value}' for 'has:' (expected {string.Join(", ", HasValues)})", at),
    };

    private static Func<IQueryTarget, bool> DateIn(string value, int at)
    {
        int dots = value.IndexOf("..", StringComparison.Ordinal);
        PaperDate from = ParseDate(dots >= 0 ? value.Substring(0, dots) : value, at);
        var range = new DateRange(from, dots >= 0 ? ParseDate(value.Substring(dots + 2), at + dots + 2) : from);
        if (range.IsBackwards)
        {
            throw Error($"the date range '{value}' ends before it starts", at);
        }

        return p => range.Contains(p.Date);
    }

    private static PaperDate ParseDate(string text, int at)
    {
        string[] parts = text.Split('-');
        if (parts.Length == 3 &&
            int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year) && parts[0].Length == 4 &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int month) &&
            int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int day) &&
            PaperDate.IsValid(year, month, day))
        {
            return new PaperDate(year, month, day);
        }

        throw Error($"'{text}' is not a date (expected yyyy-MM-dd)", at);
    }

    private string ReadPhrase()
    {
        int open = _position;
        _position++;
        var phrase = new StringBuilder();
        while (_position < _text.Length && _text[_position] != '"')
        {
            if (_text[_position] == '\\' && _position + 1 < _text.Length)
            {
                _position++;
            }

            phrase.Append(_text[_position++]);
        }

        if (_position >= _text.Length)
        {
            throw Error("missing '\"' to close the phrase opened", open);
        }

        _position++;
        if (phrase.ToString().Trim().Length == 0)
        {
            throw Error("empty phrase", open);
        }

        return phrase.ToString();
    }

    private string ReadWord()
    {
        int start = _position;
        while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]) && _text[_position] != '(' && _text[_position] != ')' && _text[_position] != '"')
        {
            _position++;
        }

        return _text.Substring(start, _position - start);
    }

    private bool AtKeyword(string keyword) =>
        string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) == 0 &&
        (_position + keyword.Length == _text.Length || char.IsWhiteSpace(_text[_position + keyword.Length]) || _text[_position + keyword.Length] == '(');

    private void SkipSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private static QueryParseException Error(string problem, int index) => new(problem, index + 1);
}
