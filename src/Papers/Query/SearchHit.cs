using System.Collections.Generic;

namespace Papers.Query;

/// <summary>A ranked search result.</summary>
/// <param name="Paper">The paper.</param>
/// <param name="Score">BM25 score; higher is better.</param>
/// <param name="MatchedTerms">The query words (stems) the paper contains.</param>
public sealed record SearchHit(Paper Paper, double Score, IReadOnlyList<string> MatchedTerms);
