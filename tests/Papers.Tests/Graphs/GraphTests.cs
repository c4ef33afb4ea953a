using Papers.Graphs;
using Papers.Tests.Shared;

namespace Papers.Tests.Graphs;

public class GraphTests
{
    private static readonly DigestLoadResult Seed = DigestLoader.Load(RepoPaths.SeedDigest);

    [Fact]
    public void Louvain_separates_two_cliques_joined_by_one_edge()
    {
        var edges = new List<GraphEdge>();
        for (int a = 0; a < 5; a++)
        {
            for (int b = a + 1; b < 5; b++)
            {
                edges.Add(new GraphEdge(a, b, 1));
                edges.Add(new GraphEdge(a + 5, b + 5, 1));
            }
        }

        edges.Add(new GraphEdge(4, 5, 1));
        var (community, modularity) = Louvain.Detect(10, edges);
        community.Take(5).Distinct().Should().ContainSingle();
        community.Skip(5).Distinct().Should().ContainSingle();
        community[0].Should().NotBe(community[9]);
        modularity.Should().BeApproximately(0.4523, 0.001, "two 5-cliques and a bridge: (20/42) - 2·(21/42)² ≈ 0.452");
    }

    [Fact]
    public void The_similarity_graph_is_sparse_symmetric_and_analysed()
    {
        PaperGraph graph = Seed.Papers.SimilarityGraph(k: 5);
        graph.Nodes.Should().HaveCount(70);
        graph.Edges.Count.Should().BeLessThanOrEqualTo(70 * 5).And.BeGreaterThan(70);
        graph.Edges.Should().OnlyContain(e => e.Source < e.Target && e.Weight > 0 && e.Weight <= 1.0001);
        graph.Analysis.PageRank.Sum().Should().BeApproximately(1, 1e-6);
        graph.Analysis.Communities.Sum(c => c.Members.Count).Should().Be(70);
        graph.Analysis.Communities.Should().OnlyContain(c => c.TopTerms.Count > 0);
        graph.Analysis.ComponentCount.Should().BeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void Explain_finds_a_path_through_topics_or_neighbours()
    {
        Paper a = Seed.Papers.Single(p => p.ShortName == "E-ViLM");
        Paper b = Seed.Papers.Single(p => p.ShortName == "Uni-MoE");
        PaperPath path = Seed.Papers.Explain(a, b);
        path.Found.Should().BeTrue();
        path.Steps[0].Paper.Should().Be(a);
        path.Steps[^1].Paper.Should().Be(b);
        path.ToString().Should().StartWith("E-ViLM").And.EndWith("Uni-MoE");
    }

    [Fact]
    public void Explain_says_when_papers_are_not_connected()
    {
        var two = DigestLoader.Parse("Mar 11\n\nAlpha Beta\n\nGamma delta epsilon.\n\nZeta Eta\n\nTheta iota kappa.").Papers;
        two.Explain(two[0], two[1]).Found.Should().BeFalse();
    }

    [Fact]
    public void Topic_graph_weights_co_occurrence()
    {
        PaperGraph graph = Seed.Papers.TopicGraph(CooccurrenceWeight.Count);
        graph.Nodes.Should().OnlyContain(n => n.Kind == NodeKind.Topic && n.Id.StartsWith("topic:", StringComparison.Ordinal));
        int multimodal = graph.IndexOf("topic:multimodal");
        multimodal.Should().BeGreaterThanOrEqualTo(0);
        graph.Nodes[multimodal].Size.Should().Be(Seed.Papers.Count(p => p.Topics.Contains("multimodal")));
        Seed.Papers.TopicGraph(CooccurrenceWeight.Npmi).Edges.Should().OnlyContain(e => e.Weight > 0 && e.Weight <= 1);
        Seed.Papers.TopicGraph(CooccurrenceWeight.Jaccard).Edges.Should().OnlyContain(e => e.Weight > 0 && e.Weight <= 1);
    }

    [Fact]
    public void The_paper_topic_graph_is_bipartite()
    {
        PaperGraph graph = Seed.Papers.PaperTopicGraph();
        graph.Edges.Should().OnlyContain(e => graph.Nodes[e.Source].Kind == NodeKind.Paper && graph.Nodes[e.Target].Kind == NodeKind.Topic);
    }

    [Fact]
    public void Empty_and_single_paper_sets_give_empty_but_valid_graphs()
    {
        Array.Empty<Paper>().SimilarityGraph().Analysis.Communities.Should().BeEmpty();
        var one = DigestLoader.Parse("Mar 11\n\nOnly\n\nOne paper.").Papers;
        PaperGraph graph = one.SimilarityGraph();
        graph.Nodes.Should().ContainSingle();
        graph.Analysis.PageRank.Should().Equal(1.0);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        FluentActions.Invoking(() => ((IEnumerable<Paper>)null!).SimilarityGraph()).Should().Throw<ArgumentNullException>().WithParameterName("papers");
        FluentActions.Invoking(() => Seed.Papers.SimilarityGraph(k: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("k");
    }
}
