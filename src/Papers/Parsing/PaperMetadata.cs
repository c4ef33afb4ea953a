using System;
using System.Collections.Generic;

namespace Papers.Parsing;

/// <summary>The optional <c>Key: value</c> lines a digest may put between a title and its abstract.</summary>
internal sealed class PaperMetadata
{
    public static readonly PaperMetadata Empty = new();

    public IReadOnlyList<string> Authors { get; set; } = Array.Empty<string>();

    public string? ArxivId { get; set; }

    public string? Doi { get; set; }

    public string? Url { get; set; }

    public PaperDate? Published { get; set; }

    /// <summary>A year known without month and day (from a sidecar).</summary>
    public int? PublishedYear { get; set; }

    public IReadOnlyList<string> Tags { get; set; } = Array.Empty<string>();
}
