using System.Collections.Generic;

namespace Papers.Parsing;

/// <summary>One paper as it stands in one digest, before catalog-wide naming and de-duplication.</summary>
internal sealed class ParsedEntry
{
    public ParsedEntry(string title, LineSpan titleSpan)
    {
        Title = title;
        TitleSpan = titleSpan;
    }

    public string Title { get; }

    public int TitleLine => TitleSpan.StartLine;

    /// <summary>Where the title stands in the digest: what go to definition on the paper's member shows.</summary>
    public LineSpan TitleSpan { get; }

    public string Abstract { get; set; } = string.Empty;

    /// <summary>0 when the paper has no abstract.</summary>
    public int AbstractLine { get; set; }

    public PaperDate? Date { get; set; }

    /// <summary>The abstract's links, found on first use (the generator needs them; a run-time load does not).</summary>
    public IReadOnlyList<PaperLink> Links => _links ??= LinkExtractor.Extract(Abstract);

    private IReadOnlyList<PaperLink>? _links;

    public PaperMetadata Metadata { get; set; } = PaperMetadata.Empty;
}
