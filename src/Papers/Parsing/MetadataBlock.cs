using System.Collections.Generic;

namespace Papers.Parsing;

/// <summary>
/// Reads a metadata block: every line is <c>Key: value</c> with a known key (<c>Authors</c>, <c>arXiv</c>,
/// <c>DOI</c>, <c>Published</c>, <c>URL</c>, <c>Tags</c>). A block with any other line is prose, not metadata,
/// so an abstract that happens to start with "Abstract:" is never swallowed.
/// </summary>
internal static class MetadataBlock
{
    public static bool IsMetadata(DigestBlock block)
    {
        foreach (string line in block.Lines)
        {
            if (Key(line) == null)
            {
                return false;
            }
        }

        return true;
    }

    public static PaperMetadata Read(DigestBlock block, string path, List<DigestDiagnostic> diagnostics)
    {
        var metadata = new PaperMetadata();
        for (int i = 0; i < block.Lines.Count; i++)
        {
            string line = block.Lines[i];
            string key = Key(line)!;
            string value = line.Substring(line.IndexOf(':') + 1).Trim();
            int lineNumber = block.Line + i;
            switch (key)
            {
                case "authors":
                case "author":
                    metadata.Authors = AuthorList.Split(value);
                    break;
                case "arxiv":
                    if (ArxivId.Clean(value) is string id)
                    {
                        metadata.ArxivId = id;
                    }
                    else
                    {
                        diagnostics.Add(Problem(path, lineNumber, $"'{DigestParser.Clip(value)}' is not an arXiv id (expected e.g. 2403.01234); the line is ignored."));
                    }

                    break;
                case "doi":
                    metadata.Doi = value;
                    break;
                case "url":
                    if (WebUrl.IsValid(value))
                    {
                        metadata.Url = value;
                    }
                    else
                    {
                        diagnostics.Add(Problem(path, lineNumber, $"'{DigestParser.Clip(value)}' is not an http or https address; the line is ignored."));
                    }

                    break;
                case "tags":
                    metadata.Tags = Split(value, ',');
                    break;
                case "published":
                    if (DateLine.TryParse(value, out PaperDate date) == DateLine.Kind.Date)
                    {
                        metadata.Published = date;
                    }
                    else if (value.Length == 4 && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year) && year >= 1)
                    {
                        metadata.PublishedYear = year;
                    }
                    else
                    {
                        diagnostics.Add(Problem(path, lineNumber, $"'{DigestParser.Clip(value)}' is not a date (expected e.g. 2024-03-05); the line is ignored."));
                    }

                    break;
            }
        }

        return metadata;
    }

    private static string? Key(string line)
    {
        int colon = line.IndexOf(':');
        if (colon <= 0 || colon > 9)
        {
            return null;
        }

        string key = line.Substring(0, colon).ToLowerInvariant();
        return key is "authors" or "author" or "arxiv" or "doi" or "url" or "tags" or "published" ? key : null;
    }

    private static List<string> Split(string value, char separator)
    {
        var parts = new List<string>();
        foreach (string part in value.Split(separator))
        {
            string trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                parts.Add(trimmed);
            }
        }

        return parts;
    }

    private static DigestDiagnostic Problem(string path, int line, string message) =>
        new(DigestRules.BadMetadata, DigestSeverity.Warning, path, line, 1, message);
}
