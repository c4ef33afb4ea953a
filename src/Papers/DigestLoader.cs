using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Papers.Catalog;
using Papers.Parsing;
using Papers.Parsing.Sidecar;
using Papers.Topics;

namespace Papers;

/// <summary>Papers, digests and problems read from digest files at run time.</summary>
public sealed class DigestLoadResult
{
    internal DigestLoadResult(IReadOnlyList<Paper> papers, IReadOnlyList<Digest> digests, IReadOnlyList<DigestDiagnostic> diagnostics)
    {
        Papers = papers;
        Digests = digests;
        Diagnostics = diagnostics;
    }

    /// <summary>Distinct papers, in digest order (the same order and ids the generator gives).</summary>
    public IReadOnlyList<Paper> Papers { get; }

    /// <summary>The digests read.</summary>
    public IReadOnlyList<Digest> Digests { get; }

    /// <summary>Every problem found, located at file and line.</summary>
    public IReadOnlyList<DigestDiagnostic> Diagnostics { get; }

    /// <summary>Whether any problem is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DigestSeverity.Error);
}

/// <summary>
/// Reads digests at run time with the generator's parser and catalog rules, so a paper loaded here has the
/// same id, text and date as the same paper compiled into a <c>PaperCatalog</c>.
/// </summary>
public static class DigestLoader
{
    /// <summary>Parses digest text that is already in memory.</summary>
    /// <param name="text">The digest.</param>
    /// <param name="path">The name used in locations and for the year hint.</param>
    /// <param name="year">The year for date lines without one.</param>
    /// <param name="taxonomy">The topics to find; <see cref="Taxonomy.Default"/> when null.</param>
    public static DigestLoadResult Parse(string text, string path = "digest.txt", int? year = null, Taxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        return Build(new[] { DigestParser.Parse(text, new DigestParseOptions(path, year)) }, taxonomy, Array.Empty<DigestDiagnostic>());
    }

    /// <summary>Reads digest files, and every <c>*.txt</c> under given folders, in ordinal path order.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static DigestLoadResult Load(params string[] paths) => Load(paths, null);

    /// <summary>Reads digest files and folders, finding topics with the given taxonomy.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="taxonomy">The topics to find; <see cref="Taxonomy.Default"/> when null.</param>
    public static DigestLoadResult Load(IEnumerable<string> paths, Taxonomy? taxonomy) => Load(paths, taxonomy, null);

    /// <summary>
    /// Reads digest files and folders, filling what their entries lack from a sidecar file (<c>.bib</c> or
    /// CSL-JSON) matched by arXiv id or title — what a <c>PaperDigest</c> item's <c>Sidecar</c> does at build time.
    /// </summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="taxonomy">The topics to find; <see cref="Taxonomy.Default"/> when null.</param>
    /// <param name="sidecar">The sidecar file, or null for none.</param>
    /// <exception cref="FileNotFoundException">A path or the sidecar does not exist.</exception>
    public static DigestLoadResult Load(IEnumerable<string> paths, Taxonomy? taxonomy, string? sidecar) => Load(paths, taxonomy, sidecar, null);

    // progress(done, total) after each file: the tool's progress bar.
    internal static DigestLoadResult Load(IEnumerable<string> paths, Taxonomy? taxonomy, string? sidecar, Action<int, int>? progress)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"No digest file or folder at '{path}'.", path);
            }
        }

        files = files.Select(f => f.Replace('\\', '/')).Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var parsed = new List<ParsedDigest>(files.Count);
        foreach (string file in files)
        {
            parsed.Add(ParseFile(file));
            progress?.Invoke(parsed.Count, files.Count);
        }

        var extra = new List<DigestDiagnostic>();
        if (sidecar != null)
        {
            extra.AddRange(MergeSidecar(parsed, sidecar));
        }

        return Build(parsed, taxonomy, extra);
    }

    private static IEnumerable<DigestDiagnostic> MergeSidecar(List<ParsedDigest> parsed, string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No sidecar file at '{path}'.", path);
        }

        SidecarFile sidecar;
        try
        {
            sidecar = SidecarFile.Parse(File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true)), path.Replace('\\', '/'));
        }
        catch (DecoderFallbackException ex)
        {
            sidecar = SidecarFile.Problem(path, 1, 1, $"The sidecar '{path}' is not valid UTF-8 ({ex.Message.TrimEnd('.')}); save it as UTF-8.");
        }

        var matched = new HashSet<int>();
        foreach (ParsedDigest digest in parsed)
        {
            matched.UnionWith(SidecarMerge.Apply(digest.Entries, sidecar));
        }

        foreach (DigestDiagnostic problem in sidecar.Diagnostics)
        {
            yield return problem;
        }

        for (int i = 0; i < sidecar.Entries.Count; i++)
        {
            if (!matched.Contains(i))
            {
                SidecarEntry record = sidecar.Entries[i];
                yield return new DigestDiagnostic(DigestRules.UnmatchedSidecarEntry, DigestSeverity.Warning, sidecar.Path, record.Line, 1,
                    DigestMessages.UnmatchedSidecarRecord(record, i, sidecar.Path, parsed.Select(p => p.Path.Replace('\\', '/'))));
            }
        }
    }

    // Strict UTF-8, as the generator requires: a digest that is not UTF-8 is reported (PAPER001), not guessed at.
    // The file is opened once: its first bytes tell the encoding, then the same stream is read from the start.
    private static ParsedDigest ParseFile(string file)
    {
        using FileStream stream = File.OpenRead(file);
        if (EncodingProblem(stream) is string found)
        {
            return NotUtf8(file, DigestEncoding.Message(file, found));
        }

        try
        {
            stream.Position = 0;
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            return DigestParser.Parse(reader, new DigestParseOptions(file));
        }
        catch (DecoderFallbackException ex)
        {
            return NotUtf8(file, $"The digest '{file}' is not valid UTF-8 ({ex.Message.TrimEnd('.')}); save it as UTF-8.");
        }
    }

    private static ParsedDigest NotUtf8(string file, string message) =>
        new(file, Array.Empty<ParsedEntry>(), Array.Empty<PaperDate>(), new[] { new DigestDiagnostic(DigestRules.NotUtf8, DigestSeverity.Error, file, 1, 1, message) });

    private static string? EncodingProblem(Stream stream)
    {
        var head = new byte[4096];
        int count = 0;
        for (int read; count < head.Length && (read = stream.Read(head, count, head.Length - count)) > 0;)
        {
            count += read;
        }

        return DigestEncoding.ProblemInBytes(head, count);
    }

    private static DigestLoadResult Build(IReadOnlyList<ParsedDigest> parsed, Taxonomy? taxonomy, IReadOnlyList<DigestDiagnostic> extra)
    {
        CatalogPlan plan = CatalogPlan.Create(
            parsed.Select(p => p.Path).ToList(),
            parsed.Select(p => (IReadOnlyList<PlanEntry>)p.Entries.Select(e => new PlanEntry(e.Title, e.Metadata.ArxivId, e.TitleLine)).ToList()).ToList(),
            Array.Empty<string>());

        var papers = new Paper[plan.Papers.Count];
        var keyphrases = new Lazy<KeyphraseIndex>(() => new KeyphraseIndex(papers));
        var features = new PaperSetFeatures(new Lazy<Taxonomy>(() => taxonomy ?? Taxonomy.Default), keyphrases);
        for (int i = 0; i < papers.Length; i++)
        {
            PlannedPaper planned = plan.Papers[i];
            ParsedDigest digest = parsed[planned.Digest];
            ParsedEntry entry = digest.Entries[planned.Entry];
            papers[i] = PaperFactory.Create(entry, digest.Path, planned.Id, features);
        }

        var digests = new Digest[parsed.Count];
        for (int d = 0; d < parsed.Count; d++)
        {
            digests[d] = new Digest(parsed[d].Path, parsed[d].Dates, plan.EntryToPaper[d].Select(i => papers[i]).ToArray());
        }

        var diagnostics = parsed.SelectMany(p => p.Diagnostics).Concat(plan.Diagnostics).Concat(extra)
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        return new DigestLoadResult(new PaperList(papers), digests, diagnostics);
    }
}
