using System.Collections.Generic;

namespace Papers.Testing;

/// <summary><c>paper.Should()</c> and <c>papers.Should()</c> for Papers.</summary>
public static class PaperAssertionExtensions
{
    /// <summary>Assertions on a paper.</summary>
    public static PaperAssertions Should(this Paper paper) => new(paper);

    /// <summary>Assertions on a set of papers (standard collection assertions included).</summary>
    public static PaperCollectionAssertions Should(this IEnumerable<Paper> papers) => new(papers);
}
