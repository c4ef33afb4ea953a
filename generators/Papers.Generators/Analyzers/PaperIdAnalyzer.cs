using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Papers.Generators.Analyzers;

/// <summary>
/// Checks constant strings that reach a member marked <c>[PaperId]</c> against the project's catalog (PAPER018):
/// arguments (directly or through a <c>const</c>), assignments and initializers of marked properties and fields,
/// attribute arguments, and <c>[InlineData]</c>-style rows whose values bind to a test method's marked parameters.
/// A <c>[PaperId]</c> on a member that holds no string is PAPER019.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class PaperIdAnalyzer : DiagnosticAnalyzer
{
    internal const string AttributeName = "Papers.PaperIdAttribute";

    // Attributes whose positional values are the rows of a parameterized test (xUnit, NUnit, MSTest).
    private static readonly string[] RowAttributes = ["InlineDataAttribute", "TestCaseAttribute", "DataRowAttribute"];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnknownPaperId, DiagnosticDescriptors.PaperIdOnNonString);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Nothing is registered unless the project can mark anything at all.
            if (start.Compilation.GetTypeByMetadataName(AttributeName) is not INamedTypeSymbol attribute)
            {
                return;
            }

            var checker = new Checker(attribute, start.Compilation, start.Options);
            start.RegisterOperationAction(checker.Argument, OperationKind.Argument);
            start.RegisterOperationAction(checker.Assignment, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(checker.Initializer, OperationKind.PropertyInitializer, OperationKind.FieldInitializer);
            start.RegisterSymbolAction(checker.Symbol, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field);
        });
    }

    private sealed class Checker(INamedTypeSymbol attribute, Compilation compilation, AnalyzerOptions options)
    {
        private readonly object _gate = new();
        private CatalogIndex? _index;
        private bool _read;

        public void Argument(OperationAnalysisContext context)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.Parameter is not IParameterSymbol parameter)
            {
                return;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } values })
            {
                if (values.ElementValues.Any(v => v.ConstantValue.Value is string) && IsMarked(parameter))
                {
                    foreach (IOperation value in values.ElementValues)
                    {
                        Check(context.ReportDiagnostic, value.ConstantValue.Value, value.Syntax.GetLocation(), context.CancellationToken);
                    }
                }

                return;
            }

            // The constant first: most arguments are not constant strings, and reading attributes costs more.
            if (argument.Value.ConstantValue.Value is string && IsMarked(parameter))
            {
                Check(context.ReportDiagnostic, argument.Value.ConstantValue.Value, argument.Value.Syntax.GetLocation(), context.CancellationToken);
            }
        }

        public void Assignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            ISymbol? target = assignment.Target switch
            {
                IPropertyReferenceOperation property => property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            if (target != null && assignment.Value.ConstantValue.Value is string && IsMarked(target))
            {
                Check(context.ReportDiagnostic, assignment.Value.ConstantValue.Value, assignment.Value.Syntax.GetLocation(), context.CancellationToken);
            }
        }

        public void Initializer(OperationAnalysisContext context)
        {
            var initializer = (ISymbolInitializerOperation)context.Operation;
            IEnumerable<ISymbol> targets = initializer switch
            {
                IPropertyInitializerOperation property => property.InitializedProperties,
                IFieldInitializerOperation field => field.InitializedFields,
                _ => [],
            };
            if (initializer.Value.ConstantValue.Value is string && targets.Any(IsMarked))
            {
                Check(context.ReportDiagnostic, initializer.Value.ConstantValue.Value, initializer.Value.Syntax.GetLocation(), context.CancellationToken);
            }
        }

        public void Symbol(SymbolAnalysisContext context)
        {
            ISymbol symbol = context.Symbol;
            ReportMisplaced(context, symbol);
            if (symbol is IMethodSymbol method)
            {
                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    ReportMisplaced(context, parameter);
                }
            }

            if (symbol is IMethodSymbol rowMethod)
            {
                foreach (AttributeData data in rowMethod.GetAttributes())
                {
                    CheckAttribute(context, data, rowMethod);
                }
            }
        }

        // A test row's values bind to the parameters of the method it decorates, not to the attribute's own
        // (params object[]) parameter, so the compiler's argument operations cannot see them. (Other attributes'
        // arguments are argument and assignment operations, checked above.)
        private void CheckAttribute(SymbolAnalysisContext context, AttributeData data, IMethodSymbol method)
        {
            if (!RowAttributes.Contains(data.AttributeClass?.Name) ||
                data.AttributeConstructor is not { Parameters: { Length: 1 } parameters } || !parameters[0].IsParams ||
                data.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
            {
                return;
            }

            var positional = (syntax.ArgumentList?.Arguments ?? default).Where(a => a.NameEquals is null && a.NameColon is null).ToList();
            ImmutableArray<TypedConstant> values = data.ConstructorArguments[0].Kind == TypedConstantKind.Array ? data.ConstructorArguments[0].Values : ImmutableArray.Create(data.ConstructorArguments[0]);
            for (int i = 0; i < values.Length && i < method.Parameters.Length && i < positional.Count; i++)
            {
                if (values[i].Value is string && IsMarked(method.Parameters[i]))
                {
                    Check(context.ReportDiagnostic, values[i].Value, positional[i].Expression.GetLocation(), context.CancellationToken);
                }
            }
        }

        private void ReportMisplaced(SymbolAnalysisContext context, ISymbol symbol)
        {
            ITypeSymbol? type = symbol switch
            {
                IParameterSymbol parameter => parameter.Type,
                IPropertySymbol property => property.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            };
            if (type is null || IsStringLike(type))
            {
                return;
            }

            foreach (AttributeData data in symbol.GetAttributes().Where(IsPaperId))
            {
                Location location = data.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? symbol.Locations.FirstOrDefault() ?? Location.None;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PaperIdOnNonString, location, symbol.Name, type.ToDisplayString()));
            }
        }

        private static bool IsStringLike(ITypeSymbol type) =>
            type.SpecialType == SpecialType.System_String ||
            (type is IArrayTypeSymbol array && array.ElementType.SpecialType == SpecialType.System_String);

        private bool IsPaperId(AttributeData data) => SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute);

        private bool IsMarked(ISymbol symbol) => symbol.GetAttributes().Any(IsPaperId);

        private void Check(Action<Diagnostic> report, object? value, Location location, CancellationToken cancellationToken)
        {
            // An empty string is a placeholder (a property's default), not a name.
            if (value is not string { Length: > 0 } text || Index(cancellationToken) is not CatalogIndex index || index.Names(text))
            {
                return;
            }

            report(Diagnostic.Create(DiagnosticDescriptors.UnknownPaperId, location, text, index.ClassName, Hint(text, index)));
        }

        private static string Hint(string text, CatalogIndex index)
        {
            IReadOnlyList<IndexedPaper> nearest = Suggestions.Nearest(text, index.Papers, 3);
            return nearest.Count == 0
                ? "no paper's id or name is close to it"
                : "did you mean " + string.Join(", ", nearest.Select(p => $"'{p.Id}' ({p.MemberName})")) + "?";
        }

        // Read on the first constant that reaches a marked member, once per compilation.
        private CatalogIndex? Index(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (!_read)
                {
                    _index = CatalogIndex.Read(compilation, options, cancellationToken);
                    _read = true;
                }

                return _index;
            }
        }
    }
}
