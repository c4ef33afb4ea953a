using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Papers.Generators.Analyzers;

namespace Papers.CodeFixes;

/// <summary>
/// Replaces a look-up by string that names one paper (PAPER020) by the paper's typed member:
/// <c>PaperCatalog.All.Single(p =&gt; p.Id == "…")</c> becomes <c>PaperCatalog.EViLM</c>, so a paper that leaves the
/// digests breaks the build instead of a test run.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TypedPaperCodeFix))]
[Shared]
public sealed class TypedPaperCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(PaperLookupAnalyzer.DiagnosticId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation ||
                !diagnostic.Properties.TryGetValue(PaperLookupAnalyzer.MemberProperty, out string? member) || member is null ||
                Source(invocation) is not ExpressionSyntax source)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {member}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, Typed(source, member).WithTriviaFrom(invocation)))),
                    equivalenceKey: nameof(TypedPaperCodeFix)),
                diagnostic);
        }
    }

    // The catalog's All as written: the receiver of an extension call, else the first argument.
    private static ExpressionSyntax? Source(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && invocation.ArgumentList.Arguments.Count == 1
            ? receiver
            : invocation.ArgumentList.Arguments.Count == 2 ? invocation.ArgumentList.Arguments[0].Expression : null;

    // PaperCatalog.All becomes PaperCatalog.Member, Reading.PaperCatalog.All becomes Reading.PaperCatalog.Member,
    // and All alone (through using static) becomes Member.
    private static ExpressionSyntax Typed(ExpressionSyntax source, string member) =>
        source is MemberAccessExpressionSyntax access
            ? access.WithName(SyntaxFactory.IdentifierName(member))
            : SyntaxFactory.IdentifierName(member);
}
