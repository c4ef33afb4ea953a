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
    public static class Steps
    {
        /// <summary>The additional files that are digests, with their options.</summary>
        public const string DigestFiles = nameof(DigestFiles);

        /// <summary>One digest parsed into an equatable model.</summary>
        public const string ParsedDigests = nameof(ParsedDigests);

        /// <summary>The project's MSBuild settings.</summary>
        public const string Settings = nameof(Settings);

        /// <summary>All digests and settings together, in ordinal path order.</summary>
        public const string Catalog = nameof(Catalog);
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<DigestModel> digests = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => IsDigest(pair.Left, pair.Right))
            .WithTrackingName(Steps.DigestFiles)
            .Select((pair, cancellationToken) => ParseDigest(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .WithTrackingName(Steps.ParsedDigests);

        IncrementalValueProvider<CatalogSettings> settings = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => ReadSettings(options))
            .WithTrackingName(Steps.Settings);

        IncrementalValueProvider<CatalogModel> catalog = digests
            .Collect()
            .Combine(settings)
            .Select((pair, _) => new CatalogModel(
                pair.Right,
                pair.Left.OrderBy(d => d.DeclaredPath, StringComparer.Ordinal).ThenBy(d => d.FilePath, StringComparer.Ordinal).ToEquatableArray()))
            .WithTrackingName(Steps.Catalog);

        context.RegisterSourceOutput(catalog, Emit);
    }
}
