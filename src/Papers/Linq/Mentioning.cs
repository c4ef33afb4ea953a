using System;
using System.Collections.Generic;
using Papers.Query;

namespace Papers.Linq;

/// <summary>
/// LINQ operators over papers: deferred and composable like <see cref="System.Linq.Enumerable"/>, with arguments
/// checked when called. They work on any <see cref="IEnumerable{T}"/> of papers — <c>PaperCatalog.All</c> or loaded ones.
/// </summary>
public static partial class PaperEnumerable
{
    /// <summary>
    /// Papers whose title or abstract mentions the text as whole words — case, accents and inflections do not
    /// matter, and acronyms find their plurals (<c>MLLM</c> finds "MLLMs"); several words must appear in order.
    /// </summary>
    public static IEnumerable<Paper> Mentioning(this IEnumerable<Paper> papers, string text)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        IReadOnlyList<string> words = TextMatcher.Words(text);
        if (words.Count == 0)
        {
            throw new ArgumentException("The text has no words to look for.", nameof(text));
        }

        return Filter(papers, p => TextMatcher.Contains(PaperTarget.Of(p), QueryField.Any, words));
    }

    private static IEnumerable<Paper> Filter(IEnumerable<Paper> papers, Func<Paper, bool> predicate)
    {
        foreach (Paper paper in papers)
        {
            if (predicate(paper))
            {
                yield return paper;
            }
        }
    }
}
