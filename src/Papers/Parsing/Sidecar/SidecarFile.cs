using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Papers.Parsing.Sidecar;

/// <summary>
/// A sidecar file's records and problems. The format is told by the content (a JSON array or BibTeX entries),
/// so a file named .json or .bib or anything else is read the same way. Never throws: a file that cannot be read
/// is one located PAPER016 and no records.
/// </summary>
internal sealed class SidecarFile
{
    private static readonly Regex ArxivInUrl = new(@"arxiv\.org/(?:abs|pdf)/([^\s?#]+?)(?:v\d+)?(?:\.pdf)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private static readonly Regex ArxivDoi = new(@"^10\.48550/arxiv\.(.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private SidecarFile(string path, IReadOnlyList<SidecarEntry> entries, IReadOnlyList<DigestDiagnostic> diagnostics)
    {
        Path = path;
        Entries = entries;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    public IReadOnlyList<SidecarEntry> Entries { get; }

    public IReadOnlyList<DigestDiagnostic> Diagnostics { get; }

    /// <summary>The records by arXiv id and by title, built on first use and then shared (any thread may ask).</summary>
    public SidecarIndex Index => System.Threading.LazyInitializer.EnsureInitialized(ref _index, () => new SidecarIndex(Entries))!;

    private SidecarIndex? _index;

    public static SidecarFile Parse(string text, string path)
    {
        // Bytes that were not UTF-8 arrive as U+FFFD (the compiler and the loader both decode so); a record read
        // from them would carry garbled names into citations.
        int replacement = text.IndexOf('\uFFFD');
        if (replacement >= 0)
        {
            int line = 1;
            for (int i = text.IndexOf('\n'); i >= 0 && i < replacement; i = text.IndexOf('\n', i + 1))
            {
                line++;
            }

            return Problem(path, line, 1, DigestMessages.SidecarNotUtf8(path, line));
        }

        try
        {
            string trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            IReadOnlyList<SidecarEntry> entries = trimmed.StartsWith("[", StringComparison.Ordinal) || trimmed.StartsWith("{", StringComparison.Ordinal)
                ? CslJsonReader.Read(text)
                : BibTexReader.Read(text);
            var warnings = new List<DigestDiagnostic>();
            foreach (SidecarEntry entry in entries)
            {
                Complete(entry);
                Validate(entry, path, warnings);
            }

            return new SidecarFile(path, entries, warnings);
        }
        catch (SidecarSyntaxException ex)
        {
            return Problem(path, ex.Line, ex.Column, DigestMessages.SidecarUnreadable(path, ex.Message));
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException or RegexMatchTimeoutException)
        {
            return Problem(path, 1, 1, DigestMessages.SidecarUnreadable(path, ex.Message));
        }
    }

    /// <summary>A sidecar declared but not found, or unreadable.</summary>
    public static SidecarFile Problem(string path, int line, int column, string message) =>
        new(path, Array.Empty<SidecarEntry>(), new[] { new DigestDiagnostic(DigestRules.BadSidecar, DigestSeverity.Error, path, line, column, message) });

    /// <summary>The title as it is matched: TeX, case, accents and punctuation ignored.</summary>
    public static string TitleKey(string title)
    {
        var key = new System.Text.StringBuilder(title.Length);
        foreach (char c in Papers.Text.Normalization.Normalize(Papers.Text.TexText.ToUnicode(title), System.Text.NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>An arXiv id without its version: <c>2403.01234v2</c> matches <c>2403.01234</c>.</summary>
    public static string ArxivKey(string id)
    {
        int v = id.LastIndexOf('v');
        return v > 0 && v + 1 < id.Length && IsDigits(id, v + 1) ? id.Substring(0, v) : id;
    }

    private static bool IsDigits(string text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    // The arXiv id may only be in the URL or the DataCite DOI. Every source goes through the digest's id rule.
    private static void Complete(SidecarEntry entry)
    {
        string? id = entry.ArxivId is null ? null : ArxivId.Clean(entry.ArxivId);
        if (id is null && entry.Url != null && ArxivInUrl.Match(entry.Url) is { Success: true } url)
        {
            id = ArxivId.Clean(url.Groups[1].Value);
        }

        if (id is null && entry.Doi != null && ArxivDoi.Match(entry.Doi) is { Success: true } doi)
        {
            id = ArxivId.Clean(doi.Groups[1].Value);
        }

        entry.RejectedArxivId = id is null && entry.ArxivId != null ? entry.ArxivId : null;
        entry.ArxivId = id;
    }

    // What enters from a sidecar obeys the rules a digest's metadata block does (PAPER011): the value is dropped.
    private static void Validate(SidecarEntry entry, string path, List<DigestDiagnostic> warnings)
    {
        if (entry.RejectedArxivId is string id)
        {
            warnings.Add(Warning(path, entry.Line, $"'{DigestParser.Clip(id)}' in the sidecar record at line {entry.Line} is not an arXiv id (expected e.g. 2403.01234); it is ignored."));
        }

        if (entry.Url != null && !WebUrl.IsValid(entry.Url))
        {
            warnings.Add(Warning(path, entry.Line, $"The URL '{DigestParser.Clip(entry.Url)}' in the sidecar record at line {entry.Line} is not an http or https address; it is ignored."));
            entry.Url = null;
        }

        if (entry.Year is int year && year is < MinYear or > MaxYear)
        {
            warnings.Add(Warning(path, entry.Line, $"The year {year} in the sidecar record at line {entry.Line} is not a year of publication ({MinYear}–{MaxYear}); the date is ignored."));
            entry.Year = null;
            entry.Month = null;
            entry.Day = null;
        }
    }

    // A citation's year: four digits. A negative or two-digit year from a sidecar is a mistake, not history.
    private const int MinYear = 1000;

    private const int MaxYear = 9999;

    private static DigestDiagnostic Warning(string path, int line, string message) =>
        new(DigestRules.BadMetadata, DigestSeverity.Warning, path, line, 1, message);
}

/// <summary>A syntax error at a place in a sidecar file.</summary>
internal sealed class SidecarSyntaxException : Exception
{
    public SidecarSyntaxException(int line, int column, string message)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}
