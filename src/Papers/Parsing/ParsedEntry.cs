using System.Collections.Generic;

namespace Papers.Parsing;

/// <summary>One paper as it stands in one digest, before catalog-wide naming and de-duplication.</summary>
internal sealed class ParsedEntry
{
    public ParsedEntry(string title, int titleLine)
    {
        Title = title;
        TitleLine = titleLine;
    }

    public string Title { get; }

    public int TitleLine { get; }

    public string Abstract { get; set; } = string.Empty;

    /// <summary>0 when the paper has no abstract.</summary>
    public int AbstractLine { get; set; }

    public PaperDate? Date { get; set; }

    public IReadOnlyList<PaperLink> Links { get; set; } = System.Array.Empty<PaperLink>();

    public PaperMetadata Metadata { get; set; } = PaperMetadata.Empty;
}
