using Papers.Graphs;
using Papers.Similarity;
using Papers.Tests.Shared;
using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace Papers.Tests.Graphs;

/// <summary>
/// Topic-graph quality against ground truth: 993 arXiv abstracts with their primary category (cs.CV, cs.LG,
/// stat.ML), and the 2,000 OAI records with their archive (math, hep-ph, astro-ph…) as a set the measure was not
/// tuned on. scikit-learn's answers on the same abstracts come from <c>scikit_learn_baseline.py</c>, run by the
/// test that compares with them.
/// </summary>
public class QualityTests(ITestOutputHelper output)
{
    private static readonly Lazy<(List<Paper> Papers, int[] Category)> Corpus = new(() =>
    {
        var rows = Csv.Read(RepoPaths.ArxivCs).DistinctBy(r => r["titles"]).ToList();
        var names = new List<string>();
        var category = new int[rows.Count];
        var papers = new List<Paper>();
        for (int i = 0; i < rows.Count; i++)
        {
            string primary = rows[i]["terms"].Split('\'')[1];
            if (!names.Contains(primary))
            {
                names.Add(primary);
            }

            category[i] = names.IndexOf(primary);
            papers.Add(new Paper
            {
                Id = "arxiv-" + i,
                Title = rows[i]["titles"],
                Abstract = string.Join(' ', rows[i]["summaries"].Split('\n', StringSplitOptions.TrimEntries)),
                Source = new SourceLocation("arxiv-cs-1000.csv", i + 2),
            });
        }

        return (papers, category);
    });

    [Fact]
    public void There_are_993_distinct_abstracts_in_three_primary_categories()
    {
        Corpus.Value.Papers.Should().HaveCount(993);
        Corpus.Value.Category.GroupBy(c => c).Select(g => g.Count()).Should().BeEquivalentTo([538, 397, 58]);
    }

    [Fact]
    public void Nearest_neighbours_share_the_primary_category_three_times_in_four()
    {
        double agreement = Agreement(Corpus.Value.Papers, Corpus.Value.Category, SimilarityIndex.For(Corpus.Value.Papers).Neighbours(10));
        output.WriteLine($"neighbour agreement (k=10): {agreement:0.000} (chance: {Chance(Corpus.Value.Category):0.000})");
        agreement.Should().BeGreaterThanOrEqualTo(0.75);
    }

    [Fact]
    public void The_latent_space_adds_agreement_over_TF_IDF_alone_on_a_set_it_was_not_tuned_on()
    {
        var rows = Csv.Read(RepoPaths.ArxivOai);
        var texts = rows.Select(r => r["title"] + " " + r["abstract"]).ToList();
        var names = rows.Select(r => r["categories"].Split(' ')[0].Split('.')[0]).ToList();
        int[] archive = names.Select(name => names.IndexOf(name)).ToArray();
        var vectors = TermVectors.Build(texts);

        double terms = Agreement(texts, archive, NearestNeighbours.Compute(vectors, latent: null, 10));
        double blended = Agreement(texts, archive, NearestNeighbours.Compute(vectors, LatentSpace.Build(vectors), 10));

        output.WriteLine($"OAI records: TF-IDF {terms:0.000}, TF-IDF + latent {blended:0.000} (chance {Chance(archive):0.000})");
        blended.Should().BeGreaterThan(terms + 0.02);
    }

    [SkippableFact]
    public void Similarity_and_communities_are_ahead_of_scikit_learn_on_the_same_abstracts()
    {
        string python = Tool.Require("/usr/bin/python3");
        Tool.Require("/usr/lib/python3/dist-packages/sklearn/__init__.py");
        var (papers, category) = Corpus.Value;
        double agreement = Agreement(papers, category, SimilarityIndex.For(papers).Neighbours(10));
        GraphAnalysis analysis = papers.SimilarityGraph(k: 10).Analysis;
        double communities = Clustering.Nmi(analysis.Community.ToArray(), category);
        int k = analysis.Communities.Count;

        var (exitCode, json) = Tool.Run(python, Path.Combine(RepoPaths.Root, "tests", "Papers.Tests", "Graphs", "scikit_learn_baseline.py"), RepoPaths.ArxivCs, k.ToString(CultureInfo.InvariantCulture));
        exitCode.Should().Be(0, json);
        using var baseline = JsonDocument.Parse(json);
        double Of(string name) => baseline.RootElement.GetProperty(name).GetDouble();

        output.WriteLine("| measure | Papers | scikit-learn |");
        output.WriteLine("|---|---:|---:|");
        output.WriteLine($"| kNN@10 category agreement | {agreement:0.000} | TF-IDF {Of("tfidf_knn10"):0.000}, LSA {Of("lsa_knn10"):0.000} |");
        output.WriteLine($"| NMI at k = {k} | Louvain {communities:0.000} | k-means {Of("kmeans_nmi"):0.000} (best of 5 seeds {Of("kmeans_nmi_max"):0.000}) |");
        foreach (Community community in analysis.Communities)
        {
            output.WriteLine($"  {community.Id}: {community.Members.Count,4}  {community.Label}");
        }

        agreement.Should().BeGreaterThan(Of("tfidf_knn10")).And.BeGreaterThan(Of("lsa_knn10"));
        communities.Should().BeGreaterThan(Of("kmeans_nmi"), "Louvain's communities should match the categories better than k-means at the same k does");
        analysis.Modularity.Should().BeGreaterThan(0.3);
    }

    private static double Agreement<T>(IReadOnlyList<T> items, int[] category, (int Neighbour, float Similarity)[][] neighbours) =>
        Enumerable.Range(0, items.Count).Average(i => neighbours[i].Count(n => category[n.Neighbour] == category[i]) / 10.0);

    private static double Chance(int[] category) =>
        category.GroupBy(c => c).Sum(g => Math.Pow(g.Count() / (double)category.Length, 2));
}
