using Papers.Topics;

namespace Papers.Tests.Topics;

public class TopicTests
{
    [Theory]
    [InlineData("An MLLM for charts", "", "multimodal")]
    [InlineData("Benchmarking MLLMs", "", "multimodal")]
    [InlineData("Multi-modal pretraining", "", "multimodal")]
    [InlineData("Cross-Modal Retrieval", "", "multimodal")]
    [InlineData("A study", "We build a retrieval-augmented generation system. RAG helps. The retriever is dense.", "retrieval")]
    [InlineData("Mixture-of-Experts at scale", "", "mixture-of-experts")]
    [InlineData("Sparse MoE", "", "mixture-of-experts")]
    [InlineData("Masked Autoencoders Are Scalable Learners", "", "masked-modeling")]
    public void Terms_match_variants_and_acronyms(string title, string abstractText, string topic)
    {
        Taxonomy.Default.Match(title, abstractText).Should().Contain(topic);
    }

    [Theory]
    [InlineData("Rag dolls", "", "retrieval")]
    [InlineData("A model", "We mention retrieval once.", "retrieval")]
    [InlineData("A model", "We mention retrieval twice: retrieval.", "retrieval")]
    [InlineData("Unmasking the truth", "", "masked-modeling")]
    public void Lowercase_words_are_not_acronyms_and_passing_abstract_mentions_are_not_enough(string title, string abstractText, string topic)
    {
        Taxonomy.Default.Match(title, abstractText).Should().NotContain(topic);
    }

    [Fact]
    public void A_topics_file_extends_the_default_and_reports_bad_lines()
    {
        const string text = "# lab topics\nmy-lab: Our Lab | EfficientViT, token pruning\nBad Line Without Colon\nempty-topic: ,\nmultimodal: Only MLLM | MLLM\n";
        Taxonomy custom = Taxonomy.Parse(text, "topics.txt", out var problems);
        problems.Select(p => (p.Id, p.Line)).Should().Equal(("PAPER012", 3), ("PAPER012", 4));
        custom.Topics.Select(t => t.Id).Should().Equal("my-lab", "multimodal");

        Taxonomy merged = Taxonomy.Default.Extend(custom);
        merged.Find("my-lab")!.Name.Should().Be("Our Lab");
        merged.Find("multimodal")!.Terms.Should().Equal("MLLM");
        merged.Topics.Count.Should().Be(Taxonomy.Default.Topics.Count + 1);
        merged.Match("EfficientViT: fast", "").Should().Equal("my-lab");
    }

    [Fact]
    public void Loaded_papers_get_topics_from_the_given_taxonomy()
    {
        Taxonomy mine = Taxonomy.Parse("birds: Birds | bird, avian", "t.txt", out _);
        var result = DigestLoader.Parse("Mar 11\n\nAvian Song Models\n\nWe model bird songs.", options: new DigestLoadOptions { Taxonomy = mine });
        result.Papers.Single().Topics.Should().Equal("birds");
    }

    [Fact]
    public void Keyphrases_are_distinct_phrases_as_written()
    {
        var seed = DigestLoader.Load(Shared.RepoPaths.SeedDigest);
        Paper evilm = seed.Papers[0];
        evilm.Keyphrases.Should().HaveCountLessThanOrEqualTo(5).And.OnlyHaveUniqueItems();
        evilm.Keyphrases.Should().Contain("E-ViLM");
        seed.Papers.Should().OnlyContain(p => p.Keyphrases.Count > 0);
    }
}
