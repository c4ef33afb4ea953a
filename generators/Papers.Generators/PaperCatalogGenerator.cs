using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Papers.Generators.Model;

namespace Papers.Generators;

/// <summary>
/// Turns every <c>PaperDigest</c> item into typed, documented <c>Paper</c> properties on a static
/// <c>PaperCatalog</c> class. Each digest is parsed in its own step, so editing one digest re-parses only that
/// file, and editing C# re-parses none.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class PaperCatalogGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline's steps (for incremental tests).</summary>
    internal static class Steps
    {
        /// <summary>The project's topics files, read.</summary>
        public const string TopicsFiles = nameof(TopicsFiles);

        /// <summary>All topics files together: the taxonomy's input.</summary>
        public const string Topics = nameof(Topics);

        /// <summary>All sidecar files together, read.</summary>
        public const string Sidecars = nameof(Sidecars);

        /// <summary>The additional files that are digests, with their options.</summary>
        public const string DigestFiles = nameof(DigestFiles);

        /// <summary>One digest parsed into an equatable model.</summary>
        public const string ParsedDigests = nameof(ParsedDigests);

        /// <summary>The project's MSBuild settings.</summary>
        public const string Settings = nameof(Settings);

        /// <summary>All digests and settings together, in ordinal path order.</summary>
        public const string Catalog = nameof(Catalog);

        /// <summary>Members with <c>[PaperQuery]</c>, reduced to equatable models.</summary>
        public const string QueryMembers = nameof(QueryMembers);

        /// <summary>Each compile-time query evaluated over the catalog.</summary>
        public const string QueryResults = nameof(QueryResults);
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<TopicsModel> topics = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => IsTopicsFile(pair.Left, pair.Right))
            .Select((pair, cancellationToken) => ReadTopicsFile(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .WithTrackingName(Steps.TopicsFiles)
            .Collect()
            .Select((files, _) => new TopicsModel(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray()))
            .WithTrackingName(Steps.Topics);

        IncrementalValueProvider<SidecarsModel> sidecars = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => IsSidecar(pair.Left, pair.Right))
            .Select((pair, cancellationToken) => ReadSidecar(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Collect()
            .Select((files, _) => new SidecarsModel(files.OrderBy(f => f.DeclaredPath, StringComparer.Ordinal).ToEquatableArray()))
            .WithTrackingName(Steps.Sidecars);

        // Sidecar metadata is merged while parsing, so ids and queries see it. Topics are not found here: the
        // catalog finds them at run time on first use, and compile-time queries only for the papers they test —
        // matching every abstract on every build was half of the generator's time at 10,000 papers.
        IncrementalValuesProvider<DigestModel> digests = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => IsDigest(pair.Left, pair.Right))
            .WithTrackingName(Steps.DigestFiles)
            .Combine(sidecars)
            .Select((pair, cancellationToken) => ParseDigest(pair.Left.Left, pair.Left.Right.GetOptions(pair.Left.Left), pair.Right, cancellationToken))
            .WithTrackingName(Steps.ParsedDigests);

        IncrementalValueProvider<CatalogSettings> settings = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => ReadSettings(options))
            .WithTrackingName(Steps.Settings);

        IncrementalValueProvider<CatalogModel> catalog = digests
            .Collect()
            .Combine(settings)
            .Combine(topics)
            .Combine(sidecars)
            .Select((pair, _) => new CatalogModel(
                pair.Left.Left.Right,
                pair.Left.Left.Left.OrderBy(d => d.DeclaredPath, StringComparer.Ordinal).ThenBy(d => d.FilePath, StringComparer.Ordinal).ToEquatableArray(),
                pair.Left.Right,
                pair.Right))
            .WithTrackingName(Steps.Catalog);

        context.RegisterSourceOutput(catalog, Emit);

        IncrementalValuesProvider<QueryModel> queries = context.SyntaxProvider
            .ForAttributeWithMetadataName(QueryAttribute, IsQueryMember, ReadQueryMember)
            .WithTrackingName(Steps.QueryMembers);

        IncrementalValuesProvider<QueryResult> results = queries
            .Combine(catalog)
            .Select((pair, cancellationToken) => EvaluateQuery(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(Steps.QueryResults);

        context.RegisterSourceOutput(results, EmitQuery);
    }
}
