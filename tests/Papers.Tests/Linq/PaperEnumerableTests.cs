using Papers.Linq;
using Papers.Query;
using Papers.Tests.Shared;

namespace Papers.Tests.Linq;

public class PaperEnumerableTests
{
    private static readonly IReadOnlyList<Paper> Seed = DigestLoader.Load(RepoPaths.SeedDigest).Papers;

    [Fact]
    public void Mentioning_is_word_aware_case_accent_and_acronym_insensitive()
    {
        Seed.Mentioning("MLLM").Should().Contain(p => p.ShortName == "AdaptVision", "its title says MLLMs");
        Seed.Mentioning("mllm").Select(p => p.Id).Should().Equal(Seed.Mentioning("MLLMs").Select(p => p.Id));
        Seed.Mentioning("masked video modeling").Should().Contain(p => p.ShortName == "E-ViLM");
        Seed.Mentioning("ViLM").Should().ContainSingle().Which.ShortName.Should().Be("E-ViLM");
        var words = DigestLoader.Parse("Mar 11\n\nMaskLLM alone\n\nNothing else.\n\nMasked things\n\nMore.").Papers;
        words.Mentioning("mask").Select(p => p.Title).Should().Equal(["Masked things"], "whole words only, but inflections match");
        DigestLoader.Parse("Mar 11\n\nCafé Models\n\nAbout caf\u00e9s.").Papers.Mentioning("CAFE").Should().ContainSingle();
    }

    [Fact]
    public void Filters_compose_and_are_deferred()
    {
        int pulled = 0;
        IEnumerable<Paper> Source()
        {
            foreach (Paper p in Seed)
            {
                pulled++;
                yield return p;
            }
        }

        var query = Source().WithTopic("multimodal").WithCode().WithLinkTo("github.com");
        pulled.Should().Be(0);
        var list = query.ToList();
        pulled.Should().Be(70);
        list.Should().NotBeEmpty().And.OnlyContain(p => p.Topics.Contains("multimodal") && p.CodeUrl != null);
        Seed.WithLinkTo("huggingface.co").Should().ContainSingle();
        Seed.WithLinkTo("www.github.com").Count().Should().Be(18);
    }

    [Fact]
    public void Dates_digests_and_queries_filter()
    {
        Seed.On(new PaperDate(null, 3, 11)).Should().HaveCount(70);
        Seed.On(new PaperDate(2024, 3, 11)).Should().BeEmpty("the seed's year is unknown");
        var dated = DigestLoader.Parse("2024-03-11\n\nA\n\nx.\n\n2024-03-20\n\nB\n\ny.").Papers;
        dated.Between(new PaperDate(2024, 3, 1), new PaperDate(2024, 3, 15)).Select(p => p.Title).Should().Equal("A");
        dated.Matching("date:2024-03-15..2024-03-31").Select(p => p.Title).Should().Equal("B");
        Seed.InDigest("trending-mar11.txt").Should().HaveCount(70);
        Seed.Matching("topic:mixture-of-experts -survey").Should().NotContain(p => p.Title.Contains("Survey", StringComparison.Ordinal));
        Seed.Matching("title:MoE OR title:Mixture").Should().Contain(p => p.ShortName == "Uni-MoE");
    }

    [Fact]
    public void Arguments_are_checked_when_called_not_when_enumerated()
    {
        IEnumerable<Paper> none = null!;
        FluentActions.Invoking(() => none.Mentioning("x")).Should().Throw<ArgumentNullException>().WithParameterName("papers");
        FluentActions.Invoking(() => Seed.Mentioning("")).Should().Throw<ArgumentException>().WithParameterName("text");
        FluentActions.Invoking(() => Seed.Mentioning("!!!")).Should().Throw<ArgumentException>().WithParameterName("text");
        FluentActions.Invoking(() => Seed.WithTopic(null!)).Should().Throw<ArgumentNullException>().WithParameterName("topic");
        FluentActions.Invoking(() => Seed.WithLinkTo(" ")).Should().Throw<ArgumentException>().WithParameterName("host");
        FluentActions.Invoking(() => Seed.Between(new PaperDate(null, 1, 1), new PaperDate(2024, 1, 2))).Should().Throw<ArgumentException>().WithParameterName("from");
        FluentActions.Invoking(() => Seed.Matching("a )")).Should().Throw<QueryParseException>();
        FluentActions.Invoking(() => Seed.Search("(")).Should().Throw<QueryParseException>();
        FluentActions.Invoking(() => Seed.SimilarTo(null!)).Should().Throw<ArgumentNullException>().WithParameterName("paper");
        FluentActions.Invoking(() => Seed.SimilarTo(Seed[0], 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("k");
        FluentActions.Invoking(() => Seed.Take(3).SimilarTo(Seed[^1])).Should().Throw<ArgumentException>().WithParameterName("paper");
    }

    [Fact]
    public void Search_ranks_by_BM25_and_reports_matched_terms()
    {
        var hits = Seed.Search("mixture of experts").ToList();
        hits.Should().NotBeEmpty();
        hits.Select(h => h.Score).Should().BeInDescendingOrder();
        hits[0].Paper.Title.Should().Be("A Survey on Mixture of Experts");
        hits[0].MatchedTerms.Should().BeEquivalentTo(["mixtur", "expert"]);
        Seed.Search("mixture of experts -survey").Should().NotContain(h => h.Paper.Title.Contains("Survey", StringComparison.Ordinal));
        Seed.Search("embeddings topic:survey").Should().OnlyContain(h => h.Paper.Topics.Contains("survey"));
        Seed.Search("zzzqqq").Should().BeEmpty();
    }

    [Fact]
    public void SimilarTo_ranks_neighbours_by_cosine()
    {
        Paper survey = Seed.Single(p => p.Title == "A Survey on Mixture of Experts");
        var similar = Seed.SimilarTo(survey, 5);
        similar.Should().HaveCount(5).And.NotContain(s => s.Paper == survey);
        similar.Select(s => s.Similarity).Should().BeInDescendingOrder().And.OnlyContain(s => s > 0 && s <= 1);
        similar.Should().Contain(s => s.Paper.Topics.Contains("mixture-of-experts"));
    }
}
