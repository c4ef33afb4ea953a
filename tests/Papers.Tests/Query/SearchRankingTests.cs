using Papers.Linq;
using Papers.Query;
using Papers.Tests.Shared;

namespace Papers.Tests.Query;

/// <summary>The pruned first batch is exactly the top of the full BM25 ranking, checked against a plain implementation.</summary>
public class SearchRankingTests
{
    private static readonly Lazy<IReadOnlyList<Paper>> Archive = new(() => DigestLoader.Load(RepoPaths.RenderedArchive).Papers);

    private static readonly Lazy<(List<List<string>> Title, List<List<string>> Abstract)> Fields = new(() =>
        (Archive.Value.Select(p => SearchIndex.Terms(p.Title)).ToList(), Archive.Value.Select(p => SearchIndex.Terms(p.Abstract)).ToList()));

    public static TheoryData<string> Queries => new()
    {
        "large language model", "mixture of experts", "video generation diffusion", "retrieval augmented generation",
        "reasoning", "speech", "model", "a the of",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_top_hits_match_a_brute_force_BM25(string query)
    {
        IReadOnlyList<Paper> papers = Archive.Value;
        var expected = BruteForce(papers, query).Take(40).ToList();
        var actual = papers.Search(query).Take(40).ToList();

        actual.Select(h => h.Paper.Id).Should().Equal(expected.Select(e => e.Paper.Id));
        actual.Select(h => h.Score).Should().Equal(expected.Select(e => e.Score), (a, b) => Math.Abs(a - b) < 1e-9);
        papers.Search(query).Select(h => h.Paper.Id).Should().OnlyHaveUniqueItems().And.HaveCount(BruteForce(papers, query).Count());
    }

    // BM25 as written in the textbook: for each paper and each distinct query stem, idf × saturated tf per field.
    private static IEnumerable<(Paper Paper, double Score)> BruteForce(IReadOnlyList<Paper> papers, string query)
    {
        var terms = SearchIndex.Terms(query).Distinct().ToList();
        var title = Fields.Value.Title;
        var summary = Fields.Value.Abstract;
        double avgTitle = Math.Max(1, title.Average(t => t.Count));
        double avgAbstract = Math.Max(1, summary.Average(t => t.Count));
        double Saturate(int tf, int length, double average) =>
            tf == 0 ? 0 : tf * (SearchIndex.K1 + 1) / (tf + (SearchIndex.K1 * (1 - SearchIndex.B + (SearchIndex.B * length / average))));

        var df = terms.ToDictionary(term => term, term => papers.Where((_, i) => title[i].Contains(term) || summary[i].Contains(term)).Count());
        return papers.Select((paper, d) =>
            {
                double score = 0;
                foreach (string term in terms)
                {
                    if (df[term] == 0)
                    {
                        continue;
                    }

                    double idf = Math.Log(1 + ((papers.Count - df[term] + 0.5) / (df[term] + 0.5)));
                    score += idf * ((SearchIndex.TitleBoost * Saturate(title[d].Count(t => t == term), title[d].Count, avgTitle))
                        + Saturate(summary[d].Count(t => t == term), summary[d].Count, avgAbstract));
                }

                return (Paper: paper, Score: score, Index: d);
            })
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Index)
            .Select(p => (p.Paper, p.Score));
    }
}

/// <summary>The first searches of a set, from many threads at once, build one index and agree.</summary>
public class SearchConcurrencyTests
{
    [Fact]
    public void Concurrent_first_searches_give_one_consistent_answer()
    {
        IReadOnlyList<Paper> papers = DigestLoader.Load(RepoPaths.SeedDigest).Papers;
        var answers = new string[16];
        using var start = new Barrier(16);
        // Dedicated threads: a barrier of 16 on a 2-core thread pool would wait for thread injection.
        var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            answers[t] = string.Join(",", papers.Search("multimodal embeddings").Take(20).Select(h => h.Paper.Id + ":" + h.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        answers.Distinct().Should().ContainSingle().Which.Should().NotBeEmpty();
    }
}
