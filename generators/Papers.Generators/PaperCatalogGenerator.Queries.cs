using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Papers.Generators.Emit;
using Papers.Generators.Model;
using Papers.Parsing;
using Papers.Query;
using Papers.Topics;

namespace Papers.Generators;

/// <summary>
/// Compile-time queries: <c>[PaperQuery("…")]</c> on a static partial member is evaluated over the digests with the
/// run time's query engine, and the member is implemented with the fixed list of matching catalog papers.
/// </summary>
public sealed partial class PaperCatalogGenerator
{
    internal const string QueryAttribute = "Papers.PaperQueryAttribute";

    private const string ListType = "global::System.Collections.Generic.IReadOnlyList<global::Papers.Paper>";

    private const string ExpectedShape =
        "expected 'static partial IReadOnlyList<Paper> Name { get; }' or 'static partial IReadOnlyList<Paper> Name()' in a partial type, with a constant query string";

    internal static bool IsQueryMember(SyntaxNode node, CancellationToken _) =>
        node is PropertyDeclarationSyntax or MethodDeclarationSyntax;

    internal static QueryModel ReadQueryMember(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var member = (MemberDeclarationSyntax)context.TargetNode;
        ISymbol symbol = context.TargetSymbol;
        AttributeData attribute = context.Attributes[0];
        var argument = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax && syntax.ArgumentList?.Arguments.Count > 0
            ? syntax.ArgumentList.Arguments[0].Expression
            : null;
        string? query = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string text ? text : null;

        string? error = null;
        bool isMethod = member is MethodDeclarationSyntax;
        ITypeSymbol? returnType = symbol switch
        {
            IPropertySymbol property => property.Type,
            IMethodSymbol method => method.ReturnType,
            _ => null,
        };

        if (query is null)
        {
            error = "The query must be a constant string; " + ExpectedShape + ".";
        }
        else if (!member.Modifiers.Any(SyntaxKind.PartialKeyword) || !member.Modifiers.Any(SyntaxKind.StaticKeyword))
        {
            error = $"'{symbol.Name}' must be static and partial; " + ExpectedShape + ".";
        }
        else if (returnType?.ToDisplayString() != "System.Collections.Generic.IReadOnlyList<Papers.Paper>")
        {
            error = $"'{symbol.Name}' returns '{returnType?.ToDisplayString()}'; " + ExpectedShape + ".";
        }
        else if (member is PropertyDeclarationSyntax property && (property.AccessorList is null || property.AccessorList.Accessors.Count != 1 || !property.AccessorList.Accessors[0].IsKind(SyntaxKind.GetAccessorDeclaration) || property.AccessorList.Accessors[0].Body != null || property.AccessorList.Accessors[0].ExpressionBody != null))
        {
            error = $"'{symbol.Name}' must declare only 'get;'; " + ExpectedShape + ".";
        }
        else if (member is MethodDeclarationSyntax method && (method.ParameterList.Parameters.Count > 0 || method.TypeParameterList != null || method.Body != null || method.ExpressionBody != null))
        {
            error = $"'{symbol.Name}' must take no parameters and have no body; " + ExpectedShape + ".";
        }
        else if (!AllPartial(member.Parent))
        {
            error = $"The types containing '{symbol.Name}' must all be partial; " + ExpectedShape + ".";
        }

        var containing = new List<string>();
        for (SyntaxNode? parent = member.Parent; parent is TypeDeclarationSyntax type; parent = parent.Parent)
        {
            containing.Insert(0, $"{type.Modifiers} {Kind(type)} {type.Identifier.ValueText}{type.TypeParameterList}".Trim());
        }

        // The implementation repeats the modifiers; the type is written out in full, since the generated file has no usings.
        string declaration = member switch
        {
            PropertyDeclarationSyntax p => $"{p.Modifiers} {ListType} {p.Identifier.ValueText}",
            MethodDeclarationSyntax m => $"{m.Modifiers} {ListType} {m.Identifier.ValueText}()",
            _ => string.Empty,
        };

        string? ns = symbol.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
        return new QueryModel(
            ns,
            containing.ToEquatableArray(),
            symbol.Name,
            declaration,
            isMethod,
            query,
            argument?.ToString() ?? string.Empty,
            Span(argument ?? (SyntaxNode)member),
            Span(member is PropertyDeclarationSyntax pd ? pd.Identifier.Parent! : member),
            error);
    }

    // Every part of a partial type must say the same kind: "record struct" is a record keyword plus "struct".
    private static string Kind(TypeDeclarationSyntax type) =>
        type is RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: not 0 } record
            ? type.Keyword.ValueText + " " + record.ClassOrStructKeyword.ValueText
            : type.Keyword.ValueText;

    private static bool AllPartial(SyntaxNode? node)
    {
        for (; node is TypeDeclarationSyntax type; node = node.Parent)
        {
            if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return true;
    }

    private static SourceSpan Span(SyntaxNode node)
    {
        FileLinePositionSpan line = node.GetLocation().GetLineSpan();
        return new SourceSpan(line.Path, node.Span.Start, node.Span.Length, line.StartLinePosition.Line + 1, line.StartLinePosition.Character + 1);
    }

    /// <summary>The outcome of one compile-time query: the members it names, and its diagnostics.</summary>
    internal sealed record QueryResult(QueryModel Query, string CatalogType, EquatableArray<string> Members, EquatableArray<DiagnosticInfo> Diagnostics);

    internal static QueryResult EvaluateQuery(QueryModel query, CatalogModel catalog, CancellationToken cancellationToken)
    {
        string catalogType = "global::" + (catalog.Settings.Namespace is string ns ? ns + "." : string.Empty) + catalog.Settings.ClassName;
        if (query.ShapeError is string shape)
        {
            return new QueryResult(query, catalogType, EquatableArray<string>.Empty, new[] { At(DigestRules.QueryShape, shape, query.Member) }.ToEquatableArray());
        }

        PaperQuery parsed;
        try
        {
            parsed = PaperQuery.Parse(query.Query!);
        }
        catch (QueryParseException error)
        {
            SourceSpan at = LiteralColumn(query, error.Column);
            return new QueryResult(query, catalogType, EquatableArray<string>.Empty,
                new[] { At(DigestRules.QuerySyntax, $"The query \"{DigestParser.Clip(query.Query!)}\" is malformed: {error.Message}.", at) }.ToEquatableArray());
        }

        CatalogPlan plan = PlanOf(catalog);
        EntryTarget[] targets = TargetsOf(catalog);
        var members = new List<string>();
        for (int i = 0; i < targets.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (parsed.Matches(targets[i]))
            {
                members.Add(plan.Papers[i].MemberName);
            }
        }

        var diagnostics = members.Count == 0
            ? new[] { At(DigestRules.QueryEmpty, $"The query \"{DigestParser.Clip(query.Query!)}\" matches none of the {plan.Papers.Count} papers.", query.Literal) }
            : Array.Empty<DiagnosticInfo>();
        return new QueryResult(query, catalogType, members.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    // One set of query targets per catalog model: the queries of a run share the topics and word lists they find.
    private static readonly ConditionalWeakTable<CatalogModel, EntryTarget[]> Targets = new();

    private static EntryTarget[] TargetsOf(CatalogModel catalog) => Targets.GetValue(catalog, c =>
    {
        Taxonomy taxonomy = TaxonomyOf(c.Topics);
        return PlanOf(c).Papers.Select(p => new EntryTarget(c.Digests[p.Digest].Entries[p.Entry], p.Id, taxonomy)).ToArray();
    });

    private static void EmitQuery(SourceProductionContext context, QueryResult result)
    {
        foreach (DiagnosticInfo diagnostic in result.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        QueryModel query = result.Query;
        if (query.ShapeError != null || result.Diagnostics.Any(d => d.Id == DigestRules.QuerySyntax))
        {
            return;
        }

        var code = new CodeWriter();
        code.Header(query.Namespace);
        foreach (string type in query.ContainingTypes)
        {
            code.Open(type);
        }

        string field = "__paperQuery_" + query.MemberName;
        code.Line($"private static {ListType}? {field};");
        code.Line();
        string list = "global::System.Array.AsReadOnly(new global::Papers.Paper[] { " +
            string.Join(", ", result.Members.Select(m => result.CatalogType + "." + m)) + " })";
        string body = $"{field} ??= {list}";
        code.Line($"[global::System.CodeDom.Compiler.GeneratedCode({Code.Literal(GeneratorName)}, {Code.Literal(GeneratorVersion)})]");
        code.Line(query.IsMethod ? $"{query.Declaration} => {body};" : $"{query.Declaration} {{ get => {body}; }}");
        foreach (string _ in query.ContainingTypes)
        {
            code.Close();
        }

        code.Footer(query.Namespace);
        string hint = string.Join(".", query.ContainingTypes.Select(t => t.Split(' ').Last()).Append(query.MemberName)) + ".PaperQuery.g.cs";
        context.AddSource(SafeHintName(query.Namespace, hint), code.ToString());
    }

    private static string SafeHintName(string? ns, string hint)
    {
        var name = new StringBuilder();
        foreach (char c in (ns is null ? string.Empty : ns + ".") + hint)
        {
            name.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_');
        }

        return name.ToString();
    }

    private static DiagnosticInfo At(string id, string message, SourceSpan span) =>
        new(id, message, span.FilePath, span.Start, span.Length, span.Line, span.Column);

    // Maps a column of the query text to the line and column of that character inside its literal.
    private static SourceSpan LiteralColumn(QueryModel query, int column)
    {
        SourceSpan at = query.Literal;
        string literal = query.LiteralText;
        if (LiteralPositions.Of(literal) is not { } offsets)
        {
            return at;
        }

        int offset = offsets[Math.Min(Math.Max(column, 1), offsets.Count) - 1];
        int line = at.Line;
        int lineStart = -1;
        for (int i = 0; i < offset; i++)
        {
            if (literal[i] == '\n' || (literal[i] == '\r' && (i + 1 >= literal.Length || literal[i + 1] != '\n')))
            {
                line++;
                lineStart = i;
            }
        }

        int character = lineStart < 0 ? at.Column + offset : offset - lineStart;
        return at with { Start = at.Start + offset, Length = 1, Line = line, Column = character };
    }
}
