using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Papers.Generators.Model;
using Papers.Naming;
using Papers.Parsing;
using Papers.Query;
using Papers.Topics;

namespace Papers.Generators;

/// <summary>
/// Compile-time queries, step two: the query is parsed and run over the catalog's entries with the run time's
/// query engine, giving the members of the matching papers, or a located diagnostic.
/// </summary>
public sealed partial class PaperCatalogGenerator
{
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
