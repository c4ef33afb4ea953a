namespace Papers.Tool.Enrich;

/// <summary>A title candidate and how alike its title is (1 for equal keys).</summary>
internal sealed record Candidate(ArxivRecord Record, double Score);
