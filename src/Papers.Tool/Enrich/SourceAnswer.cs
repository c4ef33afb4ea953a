namespace Papers.Tool.Enrich;

/// <summary>What a source found for one query: the record with its arXiv id, and the title candidates.</summary>
internal sealed record SourceAnswer(ArxivRecord? ById, IReadOnlyList<Candidate> ByTitle)
{
    public static readonly SourceAnswer None = new(null, Array.Empty<Candidate>());
}
