using System;
using System.Collections.Generic;

namespace Papers.Parsing.Sidecar;

/// <summary>One record of a sidecar file (.bib or CSL-JSON): the metadata a digest entry may lack.</summary>
internal sealed class SidecarEntry
{
    /// <summary>The line the record starts on (1-based).</summary>
    public int Line { get; set; }

    public string? Title { get; set; }

    /// <summary>Names as the file writes them ("Doe, Jane" or "Jane Doe"), TeX kept.</summary>
    public IReadOnlyList<string> Authors { get; set; } = Array.Empty<string>();

    public string? ArxivId { get; set; }

    /// <summary>What the record gave as an arXiv id when that is not one (reported, never used).</summary>
    public string? RejectedArxivId { get; set; }

    public string? Doi { get; set; }

    public string? Url { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }
}
