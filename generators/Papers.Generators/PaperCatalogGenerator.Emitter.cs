using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Papers.Catalog;
using Papers.Generators.Emit;
using Papers.Generators.Model;
using Papers.Naming;
using Papers.Parsing;
using Papers.Parsing.Sidecar;
using Papers.Topics;

namespace Papers.Generators;

/// <summary>Turns the catalog model into C#: one file for the catalog, and the paper properties in chunks.</summary>
public sealed partial class PaperCatalogGenerator
{
    /// <summary>Properties per generated file; smaller files let the compiler parse and bind them in parallel.</summary>
    internal const int PapersPerFile = 2000;

    /// <summary>
    /// Papers per holder class. A paper property reads <c>__papersN.A[i]</c>; the holder's static field loads its
    /// range on first touch, so touching one paper parses only the digests of its range.
    /// </summary>
    internal const int PapersPerHolder = 256;

    private const string GeneratorName = "Papers.Generators";

    private static readonly string GeneratorVersion = typeof(PaperCatalogGenerator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private static void Emit(SourceProductionContext context, CatalogModel catalog)
    {
        foreach (DiagnosticInfo info in catalog.Settings.Diagnostics.Concat(TopicsDiagnostics(catalog.Topics)).Concat(catalog.Digests.SelectMany(d => d.Diagnostics)).Concat(SidecarDiagnostics(catalog)))
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

    // A sidecar's own problems once, and each of its records that no digest using it matched (nothing is lost).
    private static IEnumerable<DiagnosticInfo> SidecarDiagnostics(CatalogModel catalog)
    {
        if (catalog.Sidecars is null)
        {
            yield break;
        }

        foreach (SidecarModel model in catalog.Sidecars.Files)
        {
            var users = catalog.Digests.Where(d => d.Sidecar == model.DeclaredPath).ToList();
            if (users.Count == 0)
            {
                continue;
            }

            SidecarFile sidecar = SidecarOf(model);
            foreach (DigestDiagnostic problem in sidecar.Diagnostics)
            {
                yield return new DiagnosticInfo(problem.Id, problem.Message, model.FilePath, 0, 0, problem.Line, problem.Column);
            }

            var matched = new HashSet<int>(users.SelectMany(d => d.MatchedSidecarRecords));
            for (int i = 0; i < sidecar.Entries.Count; i++)
            {
                if (!matched.Contains(i))
                {
                    SidecarEntry record = sidecar.Entries[i];
                    yield return new DiagnosticInfo(
                        DigestRules.UnmatchedSidecarEntry,
                        DigestMessages.UnmatchedSidecarRecord(record, i, model.DeclaredPath, users.Select(u => u.DeclaredPath)),
                        model.FilePath,
                        0,
                        0,
                        record.Line,
                        1);
                }
            }
        }
    }

    // One plan per catalog model: the emitter and every compile-time query of a run share it.
    private static readonly ConditionalWeakTable<CatalogModel, CatalogPlan> Plans = new();

    // The last plan made, for an equal model built elsewhere: the analyzers rebuild the generator's model from the
    // same parses, and an equal model has the same plan (comparing is cheap: the entries are the same objects).
    private static Tuple<CatalogModel, CatalogPlan>? lastPlan;

    /// <summary>Names, ids and de-duplication for the catalog, computed once per model.</summary>
    internal static CatalogPlan PlanOf(CatalogModel catalog)
    {
        var last = Volatile.Read(ref lastPlan);
        if (last != null && last.Item1.Equals(catalog))
        {
            return last.Item2;
        }

        CatalogPlan plan = Plans.GetValue(catalog, c => CatalogPlan.Create(
            c.Digests.Select(d => d.DeclaredPath).ToList(),
            c.Digests.Select(d => (IReadOnlyList<PlanEntry>)d.Entries.Select(e => new PlanEntry(e.Title, e.ArxivId, e.Line)).ToList()).ToList(),
            ReservedNames(c.Settings)));
        Volatile.Write(ref lastPlan, Tuple.Create(catalog, plan));
        return plan;
    }

    internal static IReadOnlyList<GeneratedFile> Generate(CatalogModel catalog, out IReadOnlyList<DiagnosticInfo> diagnostics)
    {
        CatalogSettings settings = catalog.Settings;
        IReadOnlyList<DigestModel> digests = catalog.Digests;
        CatalogPlan plan = PlanOf(catalog);

        var byPath = digests.ToDictionary(d => d.DeclaredPath, d => d.FilePath, StringComparer.Ordinal);
        diagnostics = plan.Diagnostics
            .Select(p => new DiagnosticInfo(p.Id, p.Message, byPath.TryGetValue(p.File, out string? full) ? full : null, 0, 0, p.Line, p.Column))
            .ToList();

        var files = new List<GeneratedFile> { new(settings.ClassName + ".g.cs", CatalogFile(settings, digests, plan, catalog.Topics)) };
        for (int start = 0; start < plan.Papers.Count; start += PapersPerFile)
        {
            int chunk = start / PapersPerFile;
            files.Add(new GeneratedFile(
                settings.ClassName + ".Papers" + chunk.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs",
                PapersFile(settings, digests, plan, start, Math.Min(plan.Papers.Count, start + PapersPerFile))));
        }

        return files;
    }

    /// <summary>The class of <c>const string</c> ids: <c>PaperIds</c> beside <c>PaperCatalog</c>, else the class name + "Ids".</summary>
    internal static string IdsClassName(CatalogSettings settings) =>
        settings.ClassName == "PaperCatalog" ? "PaperIds" : settings.ClassName + "Ids";

    internal static string[] ReservedNames(CatalogSettings settings) => new[] { settings.ClassName, IdsClassName(settings) };

    private static string CatalogFile(CatalogSettings settings, IReadOnlyList<DigestModel> digests, CatalogPlan plan, TopicsModel topics)
    {
        var code = new CodeWriter();
        code.Header(settings.Namespace);
        code.Line($"/// <summary>The papers of this project's digests: {Code.Number(plan.Papers.Count)} papers in {Code.Number(digests.Count)} digest files, typed at build time by Papers.</summary>");
        code.Line($"[global::System.CodeDom.Compiler.GeneratedCode({Code.Literal(GeneratorName)}, {Code.Literal(GeneratorVersion)})]");
        code.Open($"{settings.Visibility} static partial class {settings.ClassName}");
        var rows = new List<CatalogRow>();
        int firstPaper = 0;
        for (int d = 0; d < digests.Count; d++)
        {
            DigestModel digest = digests[d];
            int[] map = plan.EntryToPaper[d];
            // An entry is new when it takes the next catalog index; any other entry repeats an earlier paper, from
            // an earlier digest or from earlier in this one (a duplicate title).
            var shared = new List<int>();
            int next = firstPaper;
            for (int e = 0; e < map.Length; e++)
            {
                if (map[e] == next)
                {
                    next++;
                }
                else
                {
                    shared.Add(e);
                    shared.Add(map[e]);
                }
            }

            string sidecarResource = digest.Sidecar is null ? string.Empty : "Papers.Sidecar:" + digest.Sidecar;
            rows.Add(new CatalogRow(digest.DeclaredPath, digest.ResourceName, digest.Year, map.Length, firstPaper, shared.ToArray(), sidecarResource));
            firstPaper += map.Length - (shared.Count / 2);
        }

        var overrides = plan.Papers.Select((p, i) => (Paper: p, Index: i)).Where(p => !p.Paper.IdIsNatural)
            .SelectMany(p => new[] { Code.Number(p.Index), p.Paper.Id });
        code.Line("// The digests and their build-time facts as one table (see Papers.Catalog.CatalogTable): a tiny static constructor however many digests there are.");
        code.Line("private static readonly global::Papers.Catalog.EmbeddedCatalog __store = new global::Papers.Catalog.EmbeddedCatalog(");
        code.Indent();
        code.Line($"typeof({settings.ClassName}).Assembly,");
        code.Line(Code.Number(plan.Papers.Count) + ",");
        code.Line(Code.Number(digests.Count) + ",");
        code.Line(Code.Literal(CatalogTable.Encode(rows)) + ",");
        code.Line(Code.Literal(CatalogTable.EncodeTopics(topics.Files)) + ",");
        code.Line(Code.Literal(CatalogTable.EncodeList(overrides)) + ");");
        code.Outdent();
        code.Line();
        code.Line($"/// <summary>Every distinct paper, in digest order ({Code.Number(plan.Papers.Count)} papers). A paper listed in several digests appears once.</summary>");
        code.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Papers.Paper> All => __store.All;");
        code.Line();
        code.Line($"/// <summary>Every digest file, in ordinal path order ({Code.Number(digests.Count)} digests).</summary>");
        code.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Papers.Digest> Digests => __store.Digests;");
        for (int start = 0; start < plan.Papers.Count; start += PapersPerHolder)
        {
            int count = Math.Min(PapersPerHolder, plan.Papers.Count - start);
            code.Line();
            code.Line($"private static class {HolderName(start)} {{ internal static readonly global::Papers.Paper[] A = __store.Range({Code.Number(start)}, {Code.Number(count)}); }}");
        }
        code.Close();
        code.Footer(settings.Namespace);
        return code.ToString();
    }

    // Paper member names never start with two underscores, so holders cannot collide with them.
    private static string HolderName(int paper) => "__papers" + Code.Number(paper / PapersPerHolder);

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

            // Hover docs: title, first sentence, where and when, code link. Kept short: at 10,000 papers every
            // character of doc comment is 10 KB more for the compiler to read.
            if (settings.Docs)
            {
                code.Line($"/// <summary>{Code.XmlDoc(entry.Title)}</summary>");
                string listed = (entry.Date is null ? string.Empty : Code.XmlDoc(entry.Date) + ", ") + Code.XmlDoc(digest.DeclaredPath) + ":" + Code.Number(entry.Line);
                string link = entry.CodeUrl is string url ? $" Code: <see href=\"{Code.XmlDoc(url)}\"/>" : string.Empty;
                code.Line($"/// <remarks>{Code.XmlDoc(entry.Summary)} ({listed}){link}</remarks>");
            }

            string member = $"public static global::Papers.Paper {paper.MemberName} => {HolderName(i)}.A[{Code.Number(i % PapersPerHolder)}];";
            string? directive = digest.LinePath is null ? null : LineDirective.For(digest.LinePath, entry.TitleSpan, code.LengthAtDepth(member));
            if (directive is null)
            {
                code.Line(member);
                continue;
            }

            code.Directive(directive);
            code.Line(member);
            code.Directive("#line default");
        }

        code.Close();
        if (settings.Ids)
        {
            EmitIds(code, settings, plan, start, end);
        }

        code.Footer(settings.Namespace);
        return code.ToString();
    }

    private static void EmitIds(CodeWriter code, CatalogSettings settings, CatalogPlan plan, int start, int end)
    {
        code.Line();

        // One constant per paper: its name says what it is, so it carries no doc comment of its own.
        code.Line("#pragma warning disable CS1591");
        if (start == 0)
        {
            code.Line($"/// <summary>Paper ids as constants, for attributes such as <c>[InlineData({IdsClassName(settings)}.X)]</c>; names match {settings.ClassName}.</summary>");
        }

        code.Open($"{settings.Visibility} static partial class {IdsClassName(settings)}");
        for (int i = start; i < end; i++)
        {
            PlannedPaper paper = plan.Papers[i];
            code.Line($"public const string {paper.MemberName} = {Code.Literal(paper.Id)};");
        }

        code.Close();
        code.Line("#pragma warning restore CS1591");
    }
}
