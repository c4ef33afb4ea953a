using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Papers.Generators.Model;

namespace Papers.Generators;

/// <summary>
/// Compile-time queries, step one: <c>[PaperQuery("…")]</c> on a static partial member is read into an equatable
/// <see cref="QueryModel"/> — the query text, where its literal is, the member's shape and what is wrong with it.
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
        else if (!IsPaperList(returnType, context.SemanticModel.Compilation))
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

    // Compared as symbols, so an alias or a nullable annotation ('IReadOnlyList<Paper>?') is the same type.
    private static bool IsPaperList(ITypeSymbol? type, Compilation compilation) =>
        type is INamedTypeSymbol { IsGenericType: true } named &&
        compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyList`1") is INamedTypeSymbol list &&
        compilation.GetTypeByMetadataName("Papers.Paper") is INamedTypeSymbol paper &&
        SymbolEqualityComparer.Default.Equals(named, list.Construct(paper));

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
}
