using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Papers.Generators.Model;
using Papers.Naming;

namespace Papers.Generators.Analyzers;

/// <summary>One paper as the analyzers know it: what a string may name it by.</summary>
internal sealed record IndexedPaper(string Id, string MemberName, string Title, string ShortName);

/// <summary>
/// The project's catalog as its analyzers see it: the same digests, sidecars, settings and plan the generator uses,
/// read again from the compilation's additional files. Built at most once per compilation, and only when a string
/// that must name a paper, or a look-up by string, is actually found.
/// </summary>
internal sealed class CatalogIndex
{
    private readonly Dictionary<string, IndexedPaper> _byId;
    private readonly Dictionary<string, IndexedPaper> _byMember;

    private CatalogIndex(string catalogType, IReadOnlyList<IndexedPaper> papers)
    {
        CatalogType = catalogType;
        Papers = papers;
        _byId = papers.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _byMember = papers.ToDictionary(p => p.MemberName, StringComparer.Ordinal);
    }

    /// <summary>The catalog class's metadata name, e.g. <c>Reading.PaperCatalog</c>.</summary>
    public string CatalogType { get; }

    /// <summary>The catalog class's simple name, as messages write it.</summary>
    public string ClassName => CatalogType.Substring(CatalogType.LastIndexOf('.') + 1);

    public IReadOnlyList<IndexedPaper> Papers { get; }

    public IndexedPaper? ById(string id) => _byId.TryGetValue(id, out IndexedPaper? paper) ? paper : null;

    public IndexedPaper? ByMember(string name) => _byMember.TryGetValue(name, out IndexedPaper? paper) ? paper : null;

    /// <summary>Whether a string names a paper the way the library's look-ups accept: id, member name, short name or title.</summary>
    public bool Names(string text) =>
        ById(text) != null || ByMember(text) != null || Papers.Any(p =>
            string.Equals(p.Id, text, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(p.ShortName, text, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(p.Title, text, StringComparison.Ordinal));

    /// <summary>The catalog of the compilation's digests, or null when it declares none (nothing to check against).</summary>
    public static CatalogIndex? Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        AnalyzerConfigOptionsProvider provider = options.AnalyzerConfigOptionsProvider;
        var files = options.AdditionalFiles;
        var sidecars = new SidecarsModel(files
            .Where(f => PaperCatalogGenerator.IsSidecar(f, provider))
            .Select(f => PaperCatalogGenerator.ReadSidecar(f, provider.GetOptions(f), cancellationToken))
            .OrderBy(s => s.DeclaredPath, StringComparer.Ordinal)
            .ToEquatableArray());
        var digests = files
            .Where(f => PaperCatalogGenerator.IsDigest(f, provider))
            .Select(f => PaperCatalogGenerator.ParsedDigest(f, provider.GetOptions(f), sidecars, cancellationToken))
            .OrderBy(d => d.DeclaredPath, StringComparer.Ordinal)
            .ThenBy(d => d.FilePath, StringComparer.Ordinal)
            .ToEquatableArray();
        if (digests.Count == 0)
        {
            return null;
        }

        // The very model the generator built (topics included, though naming ignores them), so its plan is reused.
        CatalogSettings settings = PaperCatalogGenerator.ReadSettings(provider);
        var topics = new TopicsModel(files
            .Where(f => PaperCatalogGenerator.IsTopicsFile(f, provider))
            .Select(f => PaperCatalogGenerator.ReadTopicsFile(f, provider.GetOptions(f), cancellationToken))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToEquatableArray());
        var model = new CatalogModel(settings, digests, topics, sidecars);
        CatalogPlan plan = PaperCatalogGenerator.PlanOf(model);
        var papers = plan.Papers.Select(p =>
        {
            string title = digests[p.Digest].Entries[p.Entry].Title;
            return new IndexedPaper(p.Id, p.MemberName, title, MemberName.ShortName(title));
        }).ToList();
        return new CatalogIndex(settings.Namespace is null ? settings.ClassName : settings.Namespace + "." + settings.ClassName, papers);
    }
}
