using Papers.Graphs;
using Papers.Tests.Shared;
using Papers.Text;
using Xunit.Abstractions;

namespace Papers.Tests.Graphs;

/// <summary>
/// Community names that name something: no word in more than a quarter of the names (with four communities or
/// more), phrases kept whole, and a taxonomy topic where most of a community has it. Checked on the seed, the
/// 9,049-entry archive and the arXiv abstracts; the names are printed for a person to read.
/// </summary>
public class CommunityNameTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sets => new() { "seed", "archive", "arxiv" };

    private static readonly Lazy<IReadOnlyList<Paper>> Archive = new(() => DigestLoader.Load(RepoPaths.RenderedArchive).Papers);

    [Theory]
    [MemberData(nameof(Sets))]
    public void No_word_names_more_than_a_quarter_of_the_communities(string set)
    {
        GraphAnalysis analysis = Papers(set).SimilarityGraph().Analysis;
        foreach (Community community in analysis.Communities)
        {
            output.WriteLine($"{community.Id,3} {community.Members.Count,5}  {community.Label}");
        }

        analysis.Communities.Should().HaveCountGreaterThanOrEqualTo(4);
        analysis.Communities.Should().OnlyContain(c => c.TopTerms.Count > 0, "every community has a name");
        var uses = analysis.Communities
            .SelectMany(c => c.TopTerms.SelectMany(Words).Distinct())
            .GroupBy(w => w)
            .Select(g => (Word: g.Key, Names: g.Count()))
            .OrderByDescending(g => g.Names)
            .ToList();
        output.WriteLine($"most used word: {uses[0].Word} in {uses[0].Names} of {analysis.Communities.Count} names");
        uses[0].Names.Should().BeLessThanOrEqualTo(Math.Max(1, analysis.Communities.Count / 4));
    }

    [Fact]
    public void Phrases_stay_whole_and_a_word_that_every_community_uses_names_none()
    {
        // Four communities of three papers; "models" is in every paper, each community has its own phrase.
        string[] phrases = ["point cloud", "reinforcement learning", "super-resolution", "speech recognition"];
        var papers = phrases.SelectMany((phrase, c) => Enumerable.Range(0, 3).Select(i => new Paper
        {
            Id = $"p{c}{i}",
            Title = $"{phrase} models {i}",
            Abstract = $"We study {phrase} with models. Models of {phrase} variant{c}{i}.",
            Source = new SourceLocation("t.txt", (c * 3) + i + 1),
        })).ToList();
        var groups = Enumerable.Range(0, 4).Select(c => Enumerable.Range(c * 3, 3).ToList()).ToList();
        var graph = new PaperGraph("t", papers.Select(p => new GraphNode(p.Id, p.Title, NodeKind.Paper, p, 1)).ToList(), []);

        var names = CommunityNames.Name(graph, groups);

        names.Select(n => n[0]).Should().Equal(phrases);
        names.SelectMany(n => n).Should().NotContain(term => term.Contains("model", StringComparison.Ordinal));
    }

    [Fact]
    public void A_topic_that_most_of_a_community_has_comes_first_in_its_name()
    {
        var seed = DigestLoader.Load(RepoPaths.SeedDigest).Papers;
        var topic = seed.SelectMany(p => p.Topics).GroupBy(t => t).OrderByDescending(g => g.Count()).First().Key;
        var members = seed.Select((p, i) => (p, i)).Where(x => x.p.Topics.Contains(topic)).Select(x => x.i).Take(5).ToList();
        var graph = new PaperGraph("t", seed.Select(p => new GraphNode(p.Id, p.ShortName, NodeKind.Paper, p, 1)).ToList(), []);

        var names = CommunityNames.Name(graph, [members]);

        names[0][0].Should().Be(global::Papers.Topics.Taxonomy.Default.Find(topic)!.Name);
    }

    private static IEnumerable<string> Words(string term) =>
        Tokenizer.Tokenize(term).Select(t => t.IsAcronym ? t.Lower : t.Stem);

    private static IReadOnlyList<Paper> Papers(string set) => set switch
    {
        "seed" => DigestLoader.Load(RepoPaths.SeedDigest).Papers,
        "archive" => Archive.Value,
        _ => Csv.Read(RepoPaths.ArxivCs).DistinctBy(r => r["titles"]).Select((r, i) => new Paper
        {
            Id = "arxiv-" + i,
            Title = r["titles"],
            Abstract = string.Join(' ', r["summaries"].Split('\n', StringSplitOptions.TrimEntries)),
            Source = new SourceLocation("arxiv-cs-1000.csv", i + 2),
        }).ToList(),
    };
}
