namespace Papers.Generators.Model;

/// <summary>Where something is in a C# file, as plain data.</summary>
internal sealed record SourceSpan(string FilePath, int Start, int Length, int Line, int Column);

/// <summary>
/// One <c>[PaperQuery]</c> member, reduced to what evaluation and emission need: no symbols or syntax survive.
/// </summary>
/// <param name="Namespace">The containing namespace, or null for the global one.</param>
/// <param name="ContainingTypes">Declarations of the containing types, outermost first (<c>static partial class Reading</c>).</param>
/// <param name="Declaration">The member's declaration without attributes or body, e.g. <c>public static partial IReadOnlyList&lt;Paper&gt; X</c>.</param>
/// <param name="IsMethod">A partial method rather than a property.</param>
/// <param name="Query">The query text, or null when the argument is not a constant string.</param>
/// <param name="Literal">The query's string literal: raw token text and location, for column-exact errors.</param>
/// <param name="ShapeError">Set when the member is not of the expected shape.</param>
internal sealed record QueryModel(
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string MemberName,
    string Declaration,
    bool IsMethod,
    string? Query,
    string LiteralText,
    SourceSpan Literal,
    SourceSpan Member,
    string? ShapeError);
