using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Papers.Catalog;
using Papers.Parsing;

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
    public static DigestLoadResult Parse(string text, string path = "digest.txt", int? year = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        return Build(new[] { DigestParser.Parse(text, new DigestParseOptions(path, year)) });
    }

    /// <summary>Reads digest files, and every <c>*.txt</c> under given folders, in ordinal path order.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static DigestLoadResult Load(params string[] paths)
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
            using var reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
            parsed.Add(DigestParser.Parse(reader, new DigestParseOptions(file)));
        }

        return Build(parsed);
    }

    private static DigestLoadResult Build(IReadOnlyList<ParsedDigest> parsed)
    {
        CatalogPlan plan = CatalogPlan.Create(
            parsed.Select(p => p.Path).ToList(),
            parsed.Select(p => (IReadOnlyList<PlanEntry>)p.Entries.Select(e => new PlanEntry(e.Title, e.Metadata.ArxivId, e.TitleLine)).ToList()).ToList(),
            Array.Empty<string>());

        var papers = new Paper[plan.Papers.Count];
        for (int i = 0; i < papers.Length; i++)
        {
            PlannedPaper planned = plan.Papers[i];
            ParsedDigest digest = parsed[planned.Digest];
            papers[i] = PaperFactory.Create(digest.Entries[planned.Entry], digest.Path, planned.Id);
        }

        var digests = new Digest[parsed.Count];
        for (int d = 0; d < parsed.Count; d++)
        {
            digests[d] = new Digest(parsed[d].Path, parsed[d].Dates, plan.EntryToPaper[d].Select(i => papers[i]).ToArray());
        }

        var diagnostics = parsed.SelectMany(p => p.Diagnostics).Concat(plan.Diagnostics)
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        return new DigestLoadResult(papers, digests, diagnostics);
    }
}
