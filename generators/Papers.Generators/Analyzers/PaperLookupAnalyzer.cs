using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Papers.Generators.Analyzers;

/// <summary>
/// Finds look-ups by string that name exactly one paper of the catalog and could be its typed member
/// (PAPER020, info; the code fix writes the member): <c>Catalog.All.Single/First/FirstOrDefault(p =&gt; p.Id == "…")</c>
/// (or <c>Title</c>, <c>ShortName</c>, either side of <c>==</c>) and <c>PaperTheoryData.Find(Catalog.All, "…")</c>.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class PaperLookupAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The id of the diagnostic the code fix (Papers.CodeFixes) answers.</summary>
    public const string DiagnosticId = "PAPER020";

    /// <summary>The diagnostic property that carries the member the fix writes.</summary>
    public const string MemberProperty = "Member";

    private static readonly string[] LookupMethods = ["Single", "First", "FirstOrDefault"];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.TypedLookup);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName("Papers.Paper") is not INamedTypeSymbol paperType)
            {
                return;
            }

            var index = new Lazy<CatalogIndex?>(() => CatalogIndex.Read(start.Compilation, start.Options, default));
            start.RegisterOperationAction(context => Analyze(context, paperType, index), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol paperType, Lazy<CatalogIndex?> index)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (invocation.Arguments.Length != 2)
        {
            return;
        }

        (string Property, string Text)? key = method.Name switch
        {
            _ when LookupMethods.Contains(method.Name) && method.ContainingType.ToDisplayString() == "System.Linq.Enumerable" => PredicateKey(invocation.Arguments[1].Value, paperType),
            "Find" when method.ContainingType.ToDisplayString() == "Papers.Testing.PaperTheoryData" && invocation.Arguments[1].Value.ConstantValue.Value is string id => ("Id", id),
            _ => null,
        };
        if (key is null || AllProperty(invocation.Arguments[0].Value) is not IPropertySymbol all || index.Value is not CatalogIndex catalog ||
            !catalog.CatalogTypes.Contains(all.ContainingType.ToDisplayString()))
        {
            return;
        }

        string type = all.ContainingType.ToDisplayString();
        List<IndexedPaper> matches = Match(catalog.Papers.Where(p => p.CatalogType == type), key.Value.Property, key.Value.Text);
        if (matches.Count != 1)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(MemberProperty, matches[0].MemberName);
        string shown = $"{method.Name}({key.Value.Property} == \"{key.Value.Text}\")";
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TypedLookup, invocation.Syntax.GetLocation(), properties, shown, all.ContainingType.Name, matches[0].MemberName));
    }

    // The comparison in "p => p.Id == "…"" (either side), as (property, constant).
    private static (string Property, string Text)? PredicateKey(IOperation predicate, INamedTypeSymbol paperType)
    {
        // An expression-bodied lambda is a block of one (implicit) return.
        if (predicate is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Body.Operations: { Length: 1 } body } } ||
            body[0] is not IReturnOperation { ReturnedValue: IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } comparison })
        {
            return null;
        }

        (IOperation left, IOperation right) = (Unwrap(comparison.LeftOperand), Unwrap(comparison.RightOperand));
        if (right is IPropertyReferenceOperation && left.ConstantValue.Value is string)
        {
            (left, right) = (right, left);
        }

        return left is IPropertyReferenceOperation { Property: var property, Instance: IParameterReferenceOperation } &&
            SymbolEqualityComparer.Default.Equals(property.ContainingType, paperType) &&
            property.Name is "Id" or "Title" or "ShortName" &&
            right.ConstantValue.Value is string text
            ? (property.Name, text)
            : null;
    }

    private static IPropertySymbol? AllProperty(IOperation source) =>
        Unwrap(source) is IPropertyReferenceOperation { Instance: null, Property: { Name: "All" } property } ? property : null;

    private static IOperation Unwrap(IOperation operation) =>
        operation is IConversionOperation { IsImplicit: true } conversion ? Unwrap(conversion.Operand) : operation;

    // Up to two papers whose property is the text: one is a match, two are too many.
    private static List<IndexedPaper> Match(IEnumerable<IndexedPaper> papers, string property, string text) => papers
        .Where(p => string.Equals(property switch { "Id" => p.Id, "Title" => p.Title, _ => p.ShortName }, text, StringComparison.Ordinal))
        .Take(2)
        .ToList();
}
