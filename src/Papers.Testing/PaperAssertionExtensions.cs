using System.Collections.Generic;

namespace Papers.Testing;

/// <summary><c>paper.Should()</c> and <c>papers.Should()</c> for Papers.</summary>
public static class PaperAssertionExtensions
{
    /// <summary>Starts a FluentAssertions chain on a paper; failures name it by short name and digest line.</summary>
    public static PaperAssertions Should(this Paper paper) => new(paper);

    /// <summary>Assertions on a set of papers (standard collection assertions included).</summary>
    public static PaperCollectionAssertions Should(this IEnumerable<Paper> papers) => new(papers);
}
