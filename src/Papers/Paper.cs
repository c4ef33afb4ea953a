using System;
using System.Collections.Generic;
using System.Threading;
using Papers.Naming;
using Papers.Parsing;

namespace Papers;

/// <summary>
/// One paper from a digest. Immutable; two papers are equal when their <see cref="Id"/>s are.
/// </summary>
public sealed class Paper : IEquatable<Paper>
{
    /// <summary>The arXiv id when known, otherwise a stable slug of the title; unique within a catalog.</summary>
    public required string Id { get; init; }

    /// <summary>The title exactly as the digest wrote it (wrapped lines joined with one space).</summary>
    public required string Title { get; init; }

    /// <summary>The part of the title before a colon when it is at most three words (<c>E-ViLM</c>), else the title.</summary>
    public string ShortName => MemberName.ShortName(Title);

    /// <summary>The abstract exactly as written; empty when the digest had none.</summary>
    public string Abstract { get; init; } = string.Empty;

    /// <summary>The date the digest lists the paper under, if it had a date line.</summary>
    public PaperDate? Date { get; init; }

    /// <summary>Links found in the abstract, in order; found on first use unless set.</summary>
    /// <remarks>
    /// Found lazily, like <see cref="Topics"/>: a loaded million papers would otherwise hold three million link
    /// objects that only link queries read, and the collector would copy them all while the load runs.
    /// </remarks>
    public IReadOnlyList<PaperLink> Links
    {
        get => _links ?? Interlocked.CompareExchange(ref _links, LinkExtractor.Extract(Abstract), null) ?? _links;
        init => _links = value;
    }

    /// <summary>The first code-repository link, if any.</summary>
    public string? CodeUrl
    {
        get
        {
            foreach (PaperLink link in Links)
            {
                if (link.Kind == LinkKind.Code)
                {
                    return link.Url;
                }
            }

            return null;
        }
    }

    /// <summary>Where the title stands: digest file and line.</summary>
    public required SourceLocation Source { get; init; }

    /// <summary>Authors from a metadata block; empty when the digest does not say.</summary>
    public IReadOnlyList<string> Authors { get; init; } = Array.Empty<string>();

    /// <summary>The arXiv identifier from a metadata block, if any.</summary>
    public string? ArxivId { get; init; }

    /// <summary>The DOI from a metadata block, if any.</summary>
    public string? Doi { get; init; }

    /// <summary>The URL from a metadata block, if any.</summary>
    public string? Url { get; init; }

    /// <summary>The publication date from a metadata block, if any.</summary>
    public PaperDate? Published { get; init; }

    /// <summary>A publication year known without month and day (a sidecar's <c>year = 2024</c>), if any.</summary>
    public int? PublishedYear { get; init; }

    /// <summary>Tags from a metadata block; empty when none.</summary>
    public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Topic ids, in taxonomy order: found with the catalog's or the loader's taxonomy on first use (a build never
    /// pays for topics nobody asks for).
    /// </summary>
    public IReadOnlyList<string> Topics
    {
        get => _topics ??= FindTopics?.Invoke(Title, Abstract) ?? Array.Empty<string>();
        init => _topics = value;
    }

    /// <summary>
    /// Up to five statistical keyphrases (TF-IDF over the paper set it came with), as written in the text.
    /// Computed once per paper set, on first use.
    /// </summary>
    public IReadOnlyList<string> Keyphrases => FindKeyphrases?.Invoke(this) ?? Array.Empty<string>();

    // Whoever makes the paper (the catalog or the loader) says how its topics and keyphrases are found; as
    // delegates, so the model knows no feature. A benign race finds the same topics twice at worst.
    internal Func<string, string, IReadOnlyList<string>>? FindTopics { get; init; }

    internal Func<Paper, IReadOnlyList<string>>? FindKeyphrases { get; init; }

    private IReadOnlyList<string>? _topics;

    private IReadOnlyList<PaperLink>? _links;

    /// <inheritdoc/>
    public bool Equals(Paper? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Paper);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The title.</summary>
    public override string ToString() => Title;

    /// <summary>Equal ids.</summary>
    public static bool operator ==(Paper? left, Paper? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Different ids.</summary>
    public static bool operator !=(Paper? left, Paper? right) => !(left == right);
}
