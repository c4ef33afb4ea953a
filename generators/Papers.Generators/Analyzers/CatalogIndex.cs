using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Papers.Generators.Model;
using Papers.Naming;

namespace Papers.Generators.Analyzers;

/// <summary>One paper as the analyzers know it: what a string may name it by, and the catalog class that holds it.</summary>
/// <param name="Title">Null for a paper of a referenced catalog library, whose titles do not travel in metadata.</param>
/// <param name="ShortName">Null likewise.</param>
internal sealed record IndexedPaper(string Id, string MemberName, string? Title, string? ShortName, string CatalogType);

/// <summary>
/// The catalog as the analyzers see it. In a project that holds digests: the same digests, sidecars, settings and
/// plan the generator uses (its parse, reused). In a project that only references catalog libraries (an app or a
/// test project beside <c>Reading.Papers</c>): their generated classes, read from metadata, when they carry their
/// ids as constants (<c>PapersIds=true</c>). Built at most once per compilation, and only when a string that must
/// name a paper, or a look-up by string, is actually found.
/// </summary>
internal sealed class CatalogIndex
{
    // What a string may name a paper by, gathered once: the library's look-ups take ids and short names in any
    // case, member names and titles exactly.
    private readonly HashSet<string> _exact;
    private readonly HashSet<string> _ignoringCase;
    private readonly HashSet<string> _membersIgnoringCase;
    private readonly bool _titlesUnknown;

    private CatalogIndex(IReadOnlyList<string> catalogTypes, IReadOnlyList<IndexedPaper> papers)
    {
        CatalogTypes = catalogTypes;
        Papers = papers;
        _exact = new HashSet<string>(papers.Select(p => p.MemberName).Concat(papers.Select(p => p.Title).OfType<string>()), StringComparer.Ordinal);
        _ignoringCase = new HashSet<string>(papers.Select(p => p.Id).Concat(papers.Select(p => p.ShortName).OfType<string>()), StringComparer.OrdinalIgnoreCase);
        _membersIgnoringCase = new HashSet<string>(papers.Select(p => p.MemberName), StringComparer.OrdinalIgnoreCase);
        _titlesUnknown = papers.Any(p => p.Title is null);
    }

    /// <summary>The catalog classes' metadata names, e.g. <c>Reading.PaperCatalog</c>.</summary>
    public IReadOnlyList<string> CatalogTypes { get; }

    /// <summary>The catalog classes' simple names, as messages write them.</summary>
    public string ClassName => string.Join(" or ", CatalogTypes.Select(t => t.Substring(t.LastIndexOf('.') + 1)));

    public IReadOnlyList<IndexedPaper> Papers { get; }

    /// <summary>
    /// Whether a string names a paper the way the library's look-ups accept: id, member name, short name or title.
    /// Where titles are not known (a referenced library), a title or short name is recognised by the member name it
    /// would give, ignoring case as the short-name match does (<c>e-vilm</c> gives <c>EVilm</c>, the member <c>EViLM</c>).
    /// </summary>
    public bool Names(string text) =>
        _exact.Contains(text) || _ignoringCase.Contains(text) ||
        (_titlesUnknown && _membersIgnoringCase.Contains(MemberName.FromTitle(text)));

    /// <summary>The catalog to check against, or null when there is none (nothing is reported then).</summary>
    public static CatalogIndex? Read(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken) =>
        ReadDigests(options, cancellationToken) ?? ReadReferences(compilation, cancellationToken);

    // Generated catalog classes of referenced assemblies that reference Papers: static classes the generator marked,
    // with their ids class beside them (PapersIds=true). Without the ids class, ids are unknown, and the catalog is
    // not checked against rather than guessed at.
    private static CatalogIndex? ReadReferences(Compilation compilation, CancellationToken cancellationToken)
    {
        var types = new List<string>();
        var papers = new List<IndexedPaper>();
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!assembly.Modules.Any(m => m.ReferencedAssemblySymbols.Any(r => r.Name == "Papers")))
            {
                continue;
            }

            foreach (INamedTypeSymbol catalog in Types(assembly.GlobalNamespace).Where(IsCatalog))
            {
                cancellationToken.ThrowIfCancellationRequested();
                string idsName = catalog.Name == "PaperCatalog" ? "PaperIds" : catalog.Name + "Ids";
                if (catalog.ContainingNamespace.GetTypeMembers(idsName).FirstOrDefault() is not INamedTypeSymbol ids)
                {
                    continue;
                }

                string type = catalog.ToDisplayString();
                types.Add(type);
                papers.AddRange(ids.GetMembers().OfType<IFieldSymbol>()
                    .Where(f => f.IsConst && f.ConstantValue is string)
                    .Select(f => new IndexedPaper((string)f.ConstantValue!, f.Name, null, null, type)));
            }
        }

        return types.Count == 0 ? null : new CatalogIndex(types, papers);
    }

    private static bool IsCatalog(INamedTypeSymbol type) =>
        type.IsStatic &&
        type.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute" && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == "Papers.Generators") &&
        !type.GetMembers("All").IsEmpty;

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(Types));

    private static CatalogIndex? ReadDigests(AnalyzerOptions options, CancellationToken cancellationToken)
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
        string type = settings.Namespace is null ? settings.ClassName : settings.Namespace + "." + settings.ClassName;
        var papers = plan.Papers.Select(p =>
        {
            string title = digests[p.Digest].Entries[p.Entry].Title;
            return new IndexedPaper(p.Id, p.MemberName, title, MemberName.ShortName(title), type);
        }).ToList();
        return new CatalogIndex([type], papers);
    }
}
