namespace Papers.Tool.Enrich;

/// <summary>
/// Where records come from (the arXiv API, a metadata snapshot; others can be added). A source finds candidates;
/// <see cref="TitleMatcher"/> decides, so every source is held to the same rules.
/// </summary>
internal interface IArxivSource
{
    /// <summary>How the output and report name the source ("arXiv API", "arXiv snapshot").</summary>
    string Name { get; }

    /// <summary>
    /// One answer per query, in order. Title candidates should include every record whose title is at least
    /// <see cref="TitleMatcher.Floor"/> alike, so the matcher sees the runner-up too.
    /// </summary>
    Task<IReadOnlyList<SourceAnswer>> FindAsync(IReadOnlyList<EnrichQuery> queries, CancellationToken cancellation);
}
