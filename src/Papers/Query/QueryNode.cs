using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Papers.Query;

/// <summary>
/// A node of a parsed query. <see cref="ToString"/> writes the canonical form, which parses back to an equal tree:
/// single spaces, <c>OR</c> in capitals, field names in lower case, phrases quoted (<c>\</c> and <c>"</c> escaped),
/// and parentheses exactly where the tree nests — the parser keeps the grouping it was given, so
/// <c>(a OR b) OR c</c> stays two ORs and prints as typed.
/// </summary>
internal abstract class QueryNode
{
    private protected QueryNode()
    {
    }

    /// <summary>Query text for this node.</summary>
    public abstract override string ToString();

    internal abstract bool Matches(IQueryTarget paper);

    internal static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    internal static string Format(string text) => NeedsQuotes(text) ? Quote(text) : text;

    private static bool NeedsQuotes(string text)
    {
        if (text.Length == 0 || text == "OR" || text[0] == '-')
        {
            return true;
        }

        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '"' || c == '(' || c == ')' || c == ':' || c == '\\')
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Text to find in the title and/or abstract: a <see cref="TermNode"/> or a <see cref="PhraseNode"/>.</summary>
internal abstract class TextNode : QueryNode
{
    private protected TextNode(string text, QueryField field)
    {
        Text = text;
        Field = field;
        Words = TextMatcher.Words(text);
    }

    /// <summary>The text as typed.</summary>
    public string Text { get; }

    /// <summary>Where to look.</summary>
    public QueryField Field { get; }

    internal IReadOnlyList<string> Words { get; }

    internal override bool Matches(IQueryTarget paper) => TextMatcher.Contains(paper, Field, Words);

    private protected string FieldPrefix => Field switch
    {
        QueryField.Title => "title:",
        QueryField.Abstract => "abstract:",
        _ => string.Empty,
    };
}

/// <summary>A word to find: whole words, any case and accents, plurals and acronyms (<c>MLLM</c> finds <c>MLLMs</c>).</summary>
internal sealed class TermNode : TextNode
{
    internal TermNode(string text, QueryField field = QueryField.Any)
        : base(text, field)
    {
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Written as typed: a term is one word as the parser read it (no space, parenthesis or quote inside), so
    /// <c>title:a:b</c>, <c>title:OR</c>, <c>title:-x</c> and <c>a\b</c> come back as the same term, not a phrase.
    /// The one word that cannot stand alone is <c>OR</c> (read as the keyword), so it is written <c>(OR)</c>.
    /// </remarks>
    public override string ToString() => Field == QueryField.Any && Text == "OR" ? "(OR)" : FieldPrefix + Text;
}

/// <summary>Words that must follow each other: <c>"masked video modeling"</c>.</summary>
internal sealed class PhraseNode : TextNode
{
    internal PhraseNode(string text, QueryField field = QueryField.Any)
        : base(text, field)
    {
    }

    /// <inheritdoc/>
    public override string ToString() => FieldPrefix + Quote(Text);
}

/// <summary>Where a term or phrase is looked for.</summary>
internal enum QueryField
{
    /// <summary>Title or abstract.</summary>
    Any = 0,

    /// <summary><c>title:</c></summary>
    Title = 1,

    /// <summary><c>abstract:</c></summary>
    Abstract = 2,
}

/// <summary>A filter on the model: <c>topic:</c>, <c>has:</c>, <c>link:</c>, <c>date:</c>, <c>id:</c>.</summary>
internal sealed class FilterNode : QueryNode
{
    internal FilterNode(string field, string value, Func<IQueryTarget, bool> predicate)
    {
        FieldName = field;
        Value = value;
        Predicate = predicate;
    }

    /// <summary>The field: <c>topic</c>, <c>has</c>, <c>link</c>, <c>date</c> or <c>id</c>.</summary>
    public string FieldName { get; }

    /// <summary>The value as typed.</summary>
    public string Value { get; }

    internal Func<IQueryTarget, bool> Predicate { get; }

    /// <inheritdoc/>
    public override string ToString() => FieldName + ":" + Format(Value);

    internal override bool Matches(IQueryTarget paper) => Predicate(paper);
}

/// <summary><c>-x</c>: papers that do not match.</summary>
internal sealed class NotNode : QueryNode
{
    internal NotNode(QueryNode operand) => Operand = operand;

    /// <summary>What must not match.</summary>
    public QueryNode Operand { get; }

    /// <inheritdoc/>
    public override string ToString() => "-" + Wrap(Operand);

    internal override bool Matches(IQueryTarget paper) => !Operand.Matches(paper);

    internal static string Wrap(QueryNode node) => node is AndNode or OrNode ? "(" + node + ")" : node.ToString();
}

/// <summary>Terms side by side: all must match.</summary>
internal sealed class AndNode : QueryNode
{
    internal AndNode(IReadOnlyList<QueryNode> operands) => Operands = operands;

    /// <summary>What must all match.</summary>
    public IReadOnlyList<QueryNode> Operands { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Join(" ", Operands.Select(NotNode.Wrap));

    internal override bool Matches(IQueryTarget paper) => Operands.All(o => o.Matches(paper));
}

/// <summary><c>a OR b</c>: any must match.</summary>
internal sealed class OrNode : QueryNode
{
    internal OrNode(IReadOnlyList<QueryNode> operands) => Operands = operands;

    /// <summary>What may match.</summary>
    public IReadOnlyList<QueryNode> Operands { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Join(" OR ", Operands.Select(o => o is OrNode ? "(" + o + ")" : o.ToString()));

    internal override bool Matches(IQueryTarget paper) => Operands.Any(o => o.Matches(paper));
}

/// <summary>Matches every paper (the empty query).</summary>
internal sealed class AllNode : QueryNode
{
    internal static readonly AllNode Instance = new();

    private AllNode()
    {
    }

    /// <inheritdoc/>
    public override string ToString() => string.Empty;

    internal override bool Matches(IQueryTarget paper) => true;
}
