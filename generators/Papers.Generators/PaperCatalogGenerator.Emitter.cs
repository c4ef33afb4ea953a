using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Papers.Generators.Emit;
using Papers.Generators.Model;
using Papers.Parsing;

namespace Papers.Generators;

/// <summary>Turns the catalog model into C#: one file for the catalog, and the paper properties in chunks.</summary>
public sealed partial class PaperCatalogGenerator
{
    /// <summary>Properties per generated file; smaller files let the compiler parse and bind them in parallel.</summary>
    internal const int PapersPerFile = 2000;

    private const string GeneratorName = "Papers.Generators";

    private static readonly string GeneratorVersion = typeof(PaperCatalogGenerator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private static void Emit(SourceProductionContext context, CatalogModel catalog)
    {
        foreach (DiagnosticInfo info in catalog.Settings.Diagnostics.Concat(catalog.Digests.SelectMany(d => d.Diagnostics)))
        {
            context.ReportDiagnostic(info.ToDiagnostic());
        }

        if (catalog.Digests.Count == 0)
        {
            return;
        }

        try
        {
            IReadOnlyList<GeneratedFile> files = Generate(catalog, out IReadOnlyList<DiagnosticInfo> planDiagnostics);
            foreach (GeneratedFile file in files)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                context.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
            }

            foreach (DiagnosticInfo info in planDiagnostics)
            {
                context.ReportDiagnostic(info.ToDiagnostic());
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(new DiagnosticInfo(DigestRules.InternalError, $"The Papers generator failed: {ex.GetType().Name}: {ex.Message}", null, 0, 0, 1, 1).ToDiagnostic());
        }
    }

    internal sealed record GeneratedFile(string HintName, string Source);

    internal static IReadOnlyList<GeneratedFile> Generate(CatalogModel catalog, out IReadOnlyList<DiagnosticInfo> diagnostics)
    {
        CatalogSettings settings = catalog.Settings;
        IReadOnlyList<DigestModel> digests = catalog.Digests;
        CatalogPlan plan = CatalogPlan.Create(
            digests.Select(d => d.DeclaredPath).ToList(),
            digests.Select(d => (IReadOnlyList<PlanEntry>)d.Entries.Select(e => new PlanEntry(e.Title, e.ArxivId, e.Line)).ToList()).ToList(),
            new[] { settings.ClassName });

        var byPath = digests.ToDictionary(d => d.DeclaredPath, d => d.FilePath, StringComparer.Ordinal);
        diagnostics = plan.Diagnostics
            .Select(p => new DiagnosticInfo(p.Id, p.Message, byPath.TryGetValue(p.File, out string? full) ? full : null, 0, 0, p.Line, p.Column))
            .ToList();

        var files = new List<GeneratedFile> { new(settings.ClassName + ".g.cs", CatalogFile(settings, digests, plan)) };
        for (int start = 0; start < plan.Papers.Count; start += PapersPerFile)
        {
            int chunk = start / PapersPerFile;
            files.Add(new GeneratedFile(
                settings.ClassName + ".Papers" + chunk.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs",
                PapersFile(settings, digests, plan, start, Math.Min(plan.Papers.Count, start + PapersPerFile))));
        }

        return files;
    }

    private static string CatalogFile(CatalogSettings settings, IReadOnlyList<DigestModel> digests, CatalogPlan plan)
    {
        var code = new CodeWriter();
        code.Header(settings.Namespace);
        code.Line($"/// <summary>The papers of this project's digests: {Text.Number(plan.Papers.Count)} papers in {Text.Number(digests.Count)} digest files, typed at build time by Papers.</summary>");
        code.Line($"[global::System.CodeDom.Compiler.GeneratedCode({Text.Literal(GeneratorName)}, {Text.Literal(GeneratorVersion)})]");
        code.Open($"{settings.Visibility} static partial class {settings.ClassName}");
        code.Line("private static readonly global::Papers.Catalog.EmbeddedCatalog __store = new global::Papers.Catalog.EmbeddedCatalog(");
        code.Indent();
        code.Line($"typeof({settings.ClassName}).Assembly,");
        code.Line("new global::Papers.Catalog.EmbeddedDigest[]");
        code.Open();
        int firstPaper = 0;
        for (int d = 0; d < digests.Count; d++)
        {
            DigestModel digest = digests[d];
            int[] map = plan.EntryToPaper[d];
            var shared = new List<string>();
            for (int e = 0; e < map.Length; e++)
            {
                if (map[e] < firstPaper)
                {
                    shared.Add(Text.Number(e));
                    shared.Add(Text.Number(map[e]));
                }
            }

            string sharedArray = shared.Count == 0 ? "null" : "new int[] { " + string.Join(", ", shared) + " }";
            string year = digest.Year is int y ? Text.Number(y) : "null";
            code.Line($"new global::Papers.Catalog.EmbeddedDigest({Text.Literal(digest.DeclaredPath)}, {Text.Literal(digest.ResourceName)}, {year}, {Text.Number(map.Length)}, {Text.Number(firstPaper)}, {sharedArray}),");
            firstPaper += map.Length - (shared.Count / 2);
        }

        code.Close("},");
        code.Line(Text.Number(plan.Papers.Count) + ",");
        var overridden = plan.Papers.Select((p, i) => (Paper: p, Index: i)).Where(p => !p.Paper.IdIsNatural).ToList();
        code.Line(overridden.Count == 0 ? "null," : "new int[] { " + string.Join(", ", overridden.Select(p => Text.Number(p.Index))) + " },");
        code.Line(overridden.Count == 0 ? "null);" : "new string[] { " + string.Join(", ", overridden.Select(p => Text.Literal(p.Paper.Id))) + " });");
        code.Outdent();
        code.Line();
        code.Line($"/// <summary>Every distinct paper, in digest order ({Text.Number(plan.Papers.Count)} papers). A paper listed in several digests appears once.</summary>");
        code.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Papers.Paper> All => __store.All;");
        code.Line();
        code.Line($"/// <summary>Every digest file, in ordinal path order ({Text.Number(digests.Count)} digests).</summary>");
        code.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Papers.Digest> Digests => __store.Digests;");
        code.Close();
        code.Footer(settings.Namespace);
        return code.ToString();
    }

    private static string PapersFile(CatalogSettings settings, IReadOnlyList<DigestModel> digests, CatalogPlan plan, int start, int end)
    {
        var code = new CodeWriter();
        code.Header(settings.Namespace);
        code.Open($"{settings.Visibility} static partial class {settings.ClassName}");
        for (int i = start; i < end; i++)
        {
            PlannedPaper paper = plan.Papers[i];
            DigestModel digest = digests[paper.Digest];
            EntryModel entry = digest.Entries[paper.Entry];
            if (i > start)
            {
                code.Line();
            }

            code.Line($"/// <summary>{Text.XmlDoc(entry.Title)}</summary>");
            code.Line("/// <remarks>");
            if (entry.Summary.Length > 0)
            {
                code.Line($"/// <para>{Text.XmlDoc(entry.Summary)}</para>");
            }

            string listed = entry.Date is null ? "Listed" : "Listed " + Text.XmlDoc(entry.Date);
            code.Line($"/// <para>{listed} in <c>{Text.XmlDoc(digest.DeclaredPath)}</c>, line {Text.Number(entry.Line)}. Id <c>{Text.XmlDoc(paper.Id)}</c>.</para>");
            if (entry.CodeUrl is string url)
            {
                code.Line($"/// <para>Code: <see href=\"{Text.XmlDoc(url)}\">{Text.XmlDoc(url)}</see></para>");
            }

            code.Line("/// </remarks>");
            code.Line($"public static global::Papers.Paper {paper.MemberName} => __store.Get({Text.Number(i)});");
        }

        code.Close();
        code.Footer(settings.Namespace);
        return code.ToString();
    }
}
