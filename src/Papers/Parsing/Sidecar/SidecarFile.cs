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

    public static SidecarFile Parse(string text, string path)
    {
        try
        {
            string trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            IReadOnlyList<SidecarEntry> entries = trimmed.StartsWith("[", StringComparison.Ordinal) || trimmed.StartsWith("{", StringComparison.Ordinal)
                ? CslJsonReader.Read(text)
                : BibTexReader.Read(text);
            foreach (SidecarEntry entry in entries)
            {
                Complete(entry);
            }

            return new SidecarFile(path, entries, Array.Empty<DigestDiagnostic>());
        }
        catch (SidecarSyntaxException ex)
        {
            return Problem(path, ex.Line, ex.Column, $"The sidecar '{path}' cannot be read: {ex.Message}");
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException or RegexMatchTimeoutException)
        {
            return Problem(path, 1, 1, $"The sidecar '{path}' cannot be read: {ex.Message}");
        }
    }

    /// <summary>A sidecar declared but not found, or unreadable.</summary>
    public static SidecarFile Problem(string path, int line, int column, string message) =>
        new(path, Array.Empty<SidecarEntry>(), new[] { new DigestDiagnostic(DigestRules.BadSidecar, DigestSeverity.Error, path, line, column, message) });

    /// <summary>The title as it is matched: TeX, case, accents and punctuation ignored.</summary>
    public static string TitleKey(string title)
    {
        var key = new System.Text.StringBuilder(title.Length);
        foreach (char c in Papers.Text.TexText.ToUnicode(title).Normalize(System.Text.NormalizationForm.FormD))
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

    // The arXiv id may only be in the URL or the DataCite DOI.
    private static void Complete(SidecarEntry entry)
    {
        if (entry.ArxivId is null && entry.Url != null && ArxivInUrl.Match(entry.Url) is { Success: true } url)
        {
            entry.ArxivId = url.Groups[1].Value;
        }

        if (entry.ArxivId is null && entry.Doi != null && ArxivDoi.Match(entry.Doi) is { Success: true } doi)
        {
            entry.ArxivId = doi.Groups[1].Value;
        }

        if (entry.ArxivId != null && entry.ArxivId.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase))
        {
            entry.ArxivId = entry.ArxivId.Substring(6);
        }
    }
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
