using System;
using System.Collections.Generic;
using System.Linq;
using Papers.Query;

namespace Papers.Linq;

public static partial class PaperEnumerable
{
    /// <summary>
    /// Ranked search (BM25 over title and abstract). The query's plain words rank — a paper needs at least one,
    /// more and rarer ones score higher — while its other parts (phrases, fields, filters, <c>-</c>, <c>OR</c>
    /// groups) must hold, as in <see cref="Matching(IEnumerable{Paper}, string)"/>. The index is built once per
    /// paper set (for <c>PaperCatalog.All</c>, once per process).
    /// </summary>
    /// <exception cref="QueryParseException">The query is malformed (raised here, not when enumerating).</exception>
    public static IEnumerable<SearchHit> Search(this IEnumerable<Paper> papers, string query)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(query);
        PaperQuery parsed = PaperQuery.Parse(query);
        return SearchIterator(papers, parsed);
    }

    private static IEnumerable<SearchHit> SearchIterator(IEnumerable<Paper> papers, PaperQuery query)
    {
        var (ranking, required) = Split(query.Root);
        var terms = ranking.SelectMany(t => SearchIndex.Terms(t.Text)).ToList();
        SearchIndex index = SearchIndex.For(papers);
        if (terms.Count == 0 && ranking.Count > 0)
        {
            yield break; // only function words ("a the of"): nothing to rank by, nothing found
        }

        if (terms.Count == 0)
        {
            foreach (Paper paper in index.Papers.Where(p => required.All(r => r.Matches(PaperTarget.Of(p)))))
            {
                yield return new SearchHit(paper, 0, Array.Empty<string>());
            }

            yield break;
        }

        foreach (var (doc, score, matched) in index.Rank(terms))
        {
            Paper paper = index.Papers[doc];
            if (required.All(r => r.Matches(PaperTarget.Of(paper))))
            {
                yield return new SearchHit(paper, score, matched);
            }
        }
    }

    // Plain words at the top level rank; every other part of the query must match.
    private static (List<TermNode> Ranking, List<QueryNode> Required) Split(QueryNode root)
    {
        IReadOnlyList<QueryNode> parts = root is AndNode and ? and.Operands : new[] { root };
        var ranking = parts.OfType<TermNode>().Where(t => t.Field == QueryField.Any).ToList();
        var required = parts.Where(p => p is not AllNode && !(p is TermNode t && t.Field == QueryField.Any)).ToList();
        foreach (QueryNode part in required)
        {
            if (part is PhraseNode phrase)
            {
                ranking.Add(new TermNode(phrase.Text));
            }
        }

        return (ranking, required);
    }
}
