using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Papers.Catalog;
using Papers.Naming;
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

    /// <summary>The digests read, in ordinal path order, each with its own papers in order.</summary>
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
    /// <param name="options">Year, taxonomy, sidecar; defaults when null.</param>
    /// <exception cref="FileNotFoundException">The options name a sidecar that does not exist.</exception>
    public static DigestLoadResult Parse(string text, string path = "digest.txt", DigestLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        options ??= Defaults;
        CheckSidecar(options);
        SidecarFile? sidecar = ReadSidecar(options);
        var read = new[] { Task.FromResult(Read(DigestParser.Parse(text, new DigestParseOptions(path, options.Year)), sidecar, parallel: true)) };
        options.Progress?.Report(new DigestLoadProgress(1, 1, path));
        return Build(read, sidecar, options);
    }

    /// <summary>Reads digest files, and every <c>*.txt</c> under given folders, in ordinal path order.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static DigestLoadResult Load(params string[] paths) => Load(paths, null);

    /// <summary>
    /// Reads digest files and folders (<see cref="FindFiles"/>), with the options' year, taxonomy and sidecar —
    /// what the same <c>PaperDigest</c> items give at build time.
    /// </summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="options">Year, taxonomy, sidecar and progress; defaults when null.</param>
    /// <exception cref="FileNotFoundException">A path or the sidecar does not exist.</exception>
    public static DigestLoadResult Load(IEnumerable<string> paths, DigestLoadOptions? options = null)
    {
        options ??= Defaults;
        IReadOnlyList<string> files = FindFiles(paths);
        CheckSidecar(options);
        SidecarFile? sidecar = ReadSidecar(options);
        // Each file is read on the thread pool (parsed, filled from the sidecar, its entries named: all independent
        // of other files) while this thread plans the files already read, in order — the part that depends on
        // every file before. One file alone is named on all cores.
        int done = 0;
        var gate = new object();
        var read = new Task<DigestRead>[files.Count];
        for (int i = 0; i < files.Count; i++)
        {
            string file = files[i];
            read[i] = Task.Run(() =>
            {
                DigestRead digest = Read(ParseFile(file, options.Year), sidecar, parallel: files.Count == 1);
                lock (gate)
                {
                    options.Progress?.Report(new DigestLoadProgress(++done, files.Count, file));
                }

                return digest;
            });
        }

        return Build(read, sidecar, options);
    }

    /// <summary>
    /// The digest files a load of <paramref name="paths"/> reads: each file as given, every <c>*.txt</c> under
    /// each folder (recursively); forward slashes, each once, in ordinal order — the generator's order.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> FindFiles(IEnumerable<string> paths)
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

        return files.Select(f => f.Replace('\\', '/')).Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToList();
    }

    private static readonly DigestLoadOptions Defaults = new();

    private const int ReadBufferSize = 1 << 20;

    // Said before any digest is read, so a mistyped sidecar costs nothing.
    private static void CheckSidecar(DigestLoadOptions options)
    {
        if (options.Sidecar is string path && !File.Exists(path))
        {
            throw new FileNotFoundException($"No sidecar file at '{path}'.", path);
        }
    }

    // Decoded as the compiler decodes it (bad bytes become U+FFFD), so the sidecar's own check says the same words.
    private static SidecarFile? ReadSidecar(DigestLoadOptions options) => options.Sidecar is string path
        ? SidecarFile.Parse(File.ReadAllText(path, new UTF8Encoding(false)), path.Replace('\\', '/'))
        : null;

    private static IEnumerable<DigestDiagnostic> SidecarDiagnostics(SidecarFile sidecar, IReadOnlyList<DigestRead> read)
    {
        var matched = new HashSet<int>();
        foreach (DigestRead digest in read)
        {
            matched.UnionWith(digest.SidecarMatched);
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
                    DigestMessages.UnmatchedSidecarRecord(record, i, sidecar.Path, read.Select(r => r.Digest.Path.Replace('\\', '/'))));
            }
        }
    }

    // What one file gives without looking at any other: its entries, filled from the sidecar (an arXiv id from it
    // can be the paper's id), and their names before collisions.
    private static DigestRead Read(ParsedDigest digest, SidecarFile? sidecar, bool parallel)
    {
        IEnumerable<int> matched = sidecar is null ? Array.Empty<int>() : SidecarMerge.Apply(digest.Entries, sidecar);
        var entries = new PlanEntry[digest.Entries.Count];
        for (int e = 0; e < entries.Length; e++)
        {
            ParsedEntry entry = digest.Entries[e];
            entries[e] = new PlanEntry(entry.Title, entry.Metadata.ArxivId, entry.TitleLine);
        }

        return new DigestRead(digest, entries, CatalogPlan.Derive(entries, parallel), matched);
    }

    private sealed record DigestRead(ParsedDigest Digest, PlanEntry[] Entries, EntryNames[] Names, IEnumerable<int> SidecarMatched);

    // Strict UTF-8, as the generator requires: a digest that is not UTF-8 is reported (PAPER001), not guessed at.
    // The file is opened once: its first bytes tell the encoding, then the same stream is read from the start.
    private static ParsedDigest ParseFile(string file, int? year)
    {
        // A large buffer: read calls are few, and each one is a system call whatever its size.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferSize, FileOptions.SequentialScan);
        if (EncodingProblem(stream) is string found)
        {
            return NotUtf8(file, DigestMessages.WrongEncoding(file, found), 1, 1);
        }

        try
        {
            stream.Position = 0;
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, ReadBufferSize);
            return DigestParser.Parse(reader, new DigestParseOptions(file, year));
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = FirstBadByte(file);
            return NotUtf8(file, DigestMessages.NotUtf8(file, line), line, column);
        }
    }

    // Read again, now decoding bad bytes as U+FFFD as the compiler does, one line at a time (memory stays flat).
    private static (int Line, int Column) FirstBadByte(string file)
    {
        using var reader = new StreamReader(file, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        int number = 1;
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine(), number++)
        {
            int at = line.IndexOf('\uFFFD');
            if (at >= 0)
            {
                return (number, at + 1);
            }
        }

        return (1, 1);
    }

    private static ParsedDigest NotUtf8(string file, string message, int line, int column) =>
        new(file, Array.Empty<ParsedEntry>(), Array.Empty<PaperDate>(), new[] { new DigestDiagnostic(DigestRules.NotUtf8, DigestSeverity.Error, file, line, column, message) });

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

    private static DigestLoadResult Build(Task<DigestRead>[] reading, SidecarFile? sidecar, DigestLoadOptions options)
    {
        Paper[] papers = Array.Empty<Paper>();
        var keyphrases = new Lazy<KeyphraseIndex>(() => new KeyphraseIndex(papers));
        var features = new PaperSetFeatures(new Lazy<Taxonomy>(() => options.Taxonomy ?? Taxonomy.Default), keyphrases);
        var builder = new CatalogPlanBuilder(Array.Empty<string>());
        var read = new DigestRead[reading.Length];
        var made = new List<Paper>();
        for (int d = 0; d < reading.Length; d++)
        {
            // A file that cannot be read is the caller's IOException, as with one file read at a time.
            read[d] = reading[d].GetAwaiter().GetResult();
            builder.Add(read[d].Digest.Path, read[d].Entries, read[d].Names);
            // The papers this digest lists first: their ids are final once every digest before it is planned.
            for (int i = made.Count; i < builder.Papers.Count; i++)
            {
                PlannedPaper planned = builder.Papers[i];
                made.Add(PaperFactory.Create(read[d].Digest.Entries[planned.Entry], read[d].Digest.Path, planned.Id, features));
            }
        }

        papers = made.ToArray();
        CatalogPlan plan = builder.Build();
        var parsed = read.Select(r => r.Digest).ToList();
        var extra = sidecar is null ? new List<DigestDiagnostic>() : SidecarDiagnostics(sidecar, read).ToList();
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
