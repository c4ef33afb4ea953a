using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Papers.Generators.Emit;
using Papers.Generators.Model;
using Papers.Parsing;
using Papers.Parsing.Sidecar;
using Papers.Topics;
using System.Runtime.CompilerServices;

namespace Papers.Generators;

/// <summary>Turns inputs (one digest file, the project's properties) into equatable models.</summary>
public sealed partial class PaperCatalogGenerator
{
    private const int MaxSummaryLength = 160;

    // One taxonomy per topics model, shared by every query of a run (the model is the same instance).
    private static readonly ConditionalWeakTable<TopicsModel, Taxonomy> Taxonomies = new();

    internal static bool IsDigest(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue(BuildContract.Metadata.Key(BuildContract.Metadata.PaperDigest), out string? flag) &&
        string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);

    internal static bool IsTopicsFile(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue(BuildContract.Metadata.Key(BuildContract.Metadata.PaperTopics), out string? flag) &&
        string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);

    internal static bool IsSidecar(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue(BuildContract.Metadata.Key(BuildContract.Metadata.PaperSidecar), out string? flag) &&
        string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);

    internal static SidecarModel ReadSidecar(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken) =>
        new(file.Path, (Metadata(options, BuildContract.Metadata.PaperSidecarPath) ?? file.Path).Replace('\\', '/'), file.GetText(cancellationToken)?.ToString() ?? string.Empty);

    // One parse per sidecar model, shared by every digest step and the emitter.
    private static readonly ConditionalWeakTable<SidecarModel, SidecarFile> SidecarFiles = new();

    internal static SidecarFile SidecarOf(SidecarModel model) => SidecarFiles.GetValue(model, m => SidecarFile.Parse(m.Text, m.DeclaredPath));

    internal static TopicsFile ReadTopicsFile(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken) =>
        new(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty, string.Equals(Metadata(options, BuildContract.Metadata.PaperTopicsReplace), "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>The problems of the project's topics files (PAPER012), found without composing the taxonomy.</summary>
    internal static IEnumerable<DiagnosticInfo> TopicsDiagnostics(TopicsModel model) =>
        model.Files.SelectMany(file =>
        {
            Taxonomy.Parse(file.Text, file.Path, out IReadOnlyList<DigestDiagnostic> problems);
            return problems.Select(p => new DiagnosticInfo(p.Id, p.Message, file.Path, 0, 0, p.Line, p.Column));
        });

    /// <summary>
    /// The project's taxonomy, composed once per topics model and only when a compile-time query needs topics
    /// (the default taxonomy alone costs a build tens of milliseconds to stem).
    /// </summary>
    internal static Taxonomy TaxonomyOf(TopicsModel model) =>
        Taxonomies.GetValue(model, t => Taxonomy.Compose(t.Files));

    /// <summary>The digest as the generator parsed it for this compilation, or parsed now (what the analyzers read).</summary>
    internal static DigestModel ParsedDigest(AdditionalText file, AnalyzerConfigOptions options, SidecarsModel sidecars, CancellationToken cancellationToken) =>
        (file.GetText(cancellationToken) is SourceText text ? ParseCache.Find(text, OptionsKey(options), sidecars) : null)
        ?? ParseDigest(file, options, sidecars, cancellationToken);

    // Every metadata value a parse reads: two parses of one text with the same values are the same parse.
    private static string OptionsKey(AnalyzerConfigOptions options) =>
        string.Join("\n", BuildContract.Metadata.All.Select(name => Metadata(options, name) ?? string.Empty));

    internal static DigestModel ParseDigest(AdditionalText file, AnalyzerConfigOptions options, SidecarsModel sidecars, CancellationToken cancellationToken)
    {
        string declared = Metadata(options, BuildContract.Metadata.PaperDigestPath) ?? file.Path;
        declared = declared.Replace('\\', '/');
        string resource = Metadata(options, BuildContract.Metadata.PaperDigestResource) ?? "Papers.Digest:" + declared;
        var diagnostics = new List<DiagnosticInfo>();
        int? year = null;
        if (Metadata(options, BuildContract.Metadata.Year) is string yearText)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out int parsedYear) && parsedYear is >= 1 and <= 9999)
            {
                year = parsedYear;
            }
            else
            {
                diagnostics.Add(new DiagnosticInfo(DigestRules.BadSetting, DigestMessages.BadYear(declared, yearText), file.Path, 0, 0, 1, 1));
            }
        }

        try
        {
            SourceText? text = file.GetText(cancellationToken);
            if (text is null)
            {
                diagnostics.Add(new DiagnosticInfo(DigestRules.NotUtf8, DigestMessages.Unreadable(declared), file.Path, 0, 0, 1, 1));
                return new DigestModel(file.Path, declared, resource, year, EquatableArray<EntryModel>.Empty, diagnostics.ToEquatableArray());
            }

            if (text.Encoding is Encoding encoding && encoding.CodePage != Encoding.UTF8.CodePage && encoding.CodePage != Encoding.Unicode.CodePage && encoding.CodePage != Encoding.BigEndianUnicode.CodePage)
            {
                diagnostics.Add(new DiagnosticInfo(DigestRules.NotUtf8, DigestMessages.DecodedAs(declared, encoding.WebName), file.Path, 0, 0, 1, 1));
            }

            string head = text.ToString(new TextSpan(0, Math.Min(text.Length, 4096)));
            if (DigestEncoding.ProblemInText(head, text.Encoding?.CodePage == Encoding.Unicode.CodePage) is string found)
            {
                diagnostics.Add(new DiagnosticInfo(DigestRules.NotUtf8, DigestMessages.WrongEncoding(declared, found), file.Path, 0, 0, 1, 1));
                return new DigestModel(file.Path, declared, resource, year, EquatableArray<EntryModel>.Empty, diagnostics.ToEquatableArray());
            }

            // The compiler decodes invalid UTF-8 as U+FFFD (or, in older versions, falls back to another encoding above).
            int replacement = IndexOfReplacementChar(text);
            if (replacement >= 0)
            {
                LinePosition at = text.Lines.GetLinePosition(replacement);
                diagnostics.Add(new DiagnosticInfo(DigestRules.NotUtf8, DigestMessages.NotUtf8(declared, at.Line + 1), file.Path, replacement, 1, at.Line + 1, at.Character + 1));
            }

            ParsedDigest parsed = DigestParser.Parse(new SourceTextReader(text, cancellationToken), new DigestParseOptions(declared, year));
            LineStarts? lines = parsed.Diagnostics.Count > 0 ? new LineStarts(text) : null;
            foreach (DigestDiagnostic problem in parsed.Diagnostics)
            {
                diagnostics.Add(Locate(problem, file.Path, lines!));
            }

            string? sidecarPath = Metadata(options, BuildContract.Metadata.PaperDigestSidecar)?.Replace('\\', '/');
            SidecarModel? sidecar = sidecarPath is null ? null : sidecars.Find(sidecarPath);
            var matched = EquatableArray<int>.Empty;
            if (sidecarPath != null && sidecar is null)
            {
                diagnostics.Add(new DiagnosticInfo(DigestRules.BadSidecar, DigestMessages.SidecarMissing(sidecarPath, declared), file.Path, 0, 0, 1, 1));
            }
            else if (sidecar != null)
            {
                matched = SidecarMerge.Apply(parsed.Entries, SidecarOf(sidecar)).OrderBy(i => i).ToEquatableArray();
            }

            var entries = parsed.Entries.Select(e => new EntryModel(
                e.Title,
                e.TitleLine,
                e.TitleSpan,
                e.Metadata.ArxivId,
                FirstSentence(e.Abstract),
                e.Date?.ToString(),
                e.Links.FirstOrDefault(l => l.Kind == LinkKind.Code)?.Url,
                e.Abstract,
                e.Links.ToEquatableArray(),
                e.Date?.Year,
                e.Date?.Month ?? 0,
                e.Date?.Day ?? 0,
                e.Metadata.Authors.Count,
                e.Metadata.Doi)).ToEquatableArray();
            var model = new DigestModel(file.Path, declared, resource, year, entries, diagnostics.ToEquatableArray(), sidecar?.DeclaredPath, matched, LinePath(file, options));
            ParseCache.Store(text, OptionsKey(options), sidecars, model);
            return model;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(new DiagnosticInfo(DigestRules.InternalError, $"The Papers generator failed on '{declared}': {ex.GetType().Name}: {ex.Message}", file.Path, 0, 0, 1, 1));
            return new DigestModel(file.Path, declared, resource, year, EquatableArray<EntryModel>.Empty, diagnostics.ToEquatableArray());
        }
    }

    // The targets pass the path from the generated files' folder to the digest; a host without them (a test, a
    // bare csc) gets the path the compiler knows the file by. Forward slashes, which every OS accepts.
    private static string? LinePath(AdditionalText file, AnalyzerConfigOptions options)
    {
        string path = (Metadata(options, BuildContract.Metadata.PaperDigestLinePath) ?? file.Path).Replace('\\', '/');
        return LineDirective.CanWrite(path) ? path : null;
    }

    private static int IndexOfReplacementChar(SourceText text)
    {
        var buffer = new char[8192];
        for (int start = 0; start < text.Length; start += buffer.Length)
        {
            int count = Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            int index = Array.IndexOf(buffer, '\uFFFD', 0, count);
            if (index >= 0)
            {
                return start + index;
            }
        }

        return -1;
    }

    internal static CatalogSettings ReadSettings(AnalyzerConfigOptionsProvider provider)
    {
        AnalyzerConfigOptions global = provider.GlobalOptions;
        var diagnostics = new List<DiagnosticInfo>();
        string? ns = Property(global, BuildContract.Properties.PapersNamespace) ?? Property(global, BuildContract.Properties.RootNamespace);
        string className = Property(global, BuildContract.Properties.PapersClassName) ?? "PaperCatalog";
        string visibility = (Property(global, BuildContract.Properties.PapersVisibility) ?? "public").ToLowerInvariant();

        if (ns != null && !ns.Split('.').All(IsIdentifier))
        {
            diagnostics.Add(Setting($"PapersNamespace (or RootNamespace) '{ns}' is not a valid C# namespace; the catalog is generated in the global namespace."));
            ns = null;
        }

        if (!IsIdentifier(className))
        {
            diagnostics.Add(Setting($"PapersClassName '{className}' is not a valid C# identifier; using 'PaperCatalog'."));
            className = "PaperCatalog";
        }

        if (visibility != "public" && visibility != "internal")
        {
            diagnostics.Add(Setting($"PapersVisibility '{visibility}' must be 'public' or 'internal'; using 'public'."));
            visibility = "public";
        }

        bool docs = Flag(global, BuildContract.Properties.PapersDocs, true, diagnostics);

        // Off unless asked for: a constant per paper doubles the members the compiler builds (+1.5 s at 10,000 papers).
        bool ids = Flag(global, BuildContract.Properties.PapersIds, false, diagnostics);
        return new CatalogSettings(ns, className, visibility, docs, ids, diagnostics.ToEquatableArray());
    }

    private static bool Flag(AnalyzerConfigOptions options, string name, bool defaultValue, List<DiagnosticInfo> diagnostics)
    {
        string? value = Property(options, name);
        if (value is null)
        {
            return defaultValue;
        }

        if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        diagnostics.Add(Setting($"{name} '{value}' must be 'true' or 'false'; using '{(defaultValue ? "true" : "false")}'."));
        return defaultValue;
    }

    private static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;

    private static DiagnosticInfo Setting(string message) => new(DigestRules.BadSetting, message, null, 0, 0, 1, 1);

    private static string? Metadata(AnalyzerConfigOptions options, string name) => Value(options, BuildContract.Metadata.Key(name));

    private static string? Property(AnalyzerConfigOptions options, string name) => Value(options, BuildContract.Properties.Key(name));

    private static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static DiagnosticInfo Locate(DigestDiagnostic problem, string path, LineStarts lines)
    {
        (int start, int length) = lines.Span(problem.Line);
        return new DiagnosticInfo(problem.Id, problem.Message, path, start, length, problem.Line, problem.Column);
    }

    // The abstract's first sentence, for hover docs; cut at a word boundary when long.
    internal static string FirstSentence(string text)
    {
        int end = -1;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ' && i > 20)
            {
                end = i + 1;
                break;
            }
        }

        string sentence = end > 0 ? text.Substring(0, end) : text;
        if (sentence.Length <= MaxSummaryLength)
        {
            return sentence;
        }

        int cut = sentence.LastIndexOf(' ', MaxSummaryLength);
        return sentence.Substring(0, cut > 0 ? cut : MaxSummaryLength) + " …";
    }

    /// <summary>Offsets of CR/LF line starts, matching the parser's line numbers (not Roslyn's, which also breaks at U+2028).</summary>
    private sealed class LineStarts
    {
        private readonly List<int> _starts = new() { 0 };
        private readonly SourceText _text;
        private readonly int _length;

        public LineStarts(SourceText text)
        {
            _text = text;
            _length = text.Length;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public (int Start, int Length) Span(int line)
        {
            if (line < 1 || line > _starts.Count)
            {
                return (0, 0);
            }

            int start = _starts[line - 1];
            int end = line < _starts.Count ? _starts[line] : _length;
            while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
            {
                end--;
            }

            return (start, end - start);
        }
    }
}
