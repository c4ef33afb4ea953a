using Papers.Naming;

namespace Papers.Tests.Naming;

/// <summary>Property names must be stable and guessable: the rules of the contract, by example.</summary>
public class MemberNameTests
{
    [Theory]
    [InlineData("E-ViLM: Efficient Video-Language Model via Masked Video Modeling", "EViLM")]
    [InlineData("BIOSCAN-5M: A Multimodal Dataset for Insect Biodiversity", "BIOSCAN5M")]
    [InlineData("LEOPARD : A Vision Language Model For Text-Rich Multi-Image Tasks", "LEOPARD")]
    [InlineData("xRAG: Extreme Context Compression", "XRAG")]
    [InlineData("$γ-$MoD: Exploring Mixture-of-Depth Adaptation", "GammaMoD")]
    [InlineData("4M: Massively Multimodal Masked Modeling", "_4M")]
    [InlineData("2D Matryoshka Sentence Embeddings", "_2DMatryoshkaSentenceEmbeddings")]
    [InlineData("Mask-Enhanced Autoregressive Prediction: Pay Less Attention", "MaskEnhancedAutoregressivePrediction")]
    [InlineData("Fast, Effective, and Self-Supervised: Transforming Masked Language Models", "FastEffectiveAndSelfSupervisedTransformingMaskedLanguageModels")]
    [InlineData("Enhancing LLM's Cognition via Structurization", "EnhancingLLMsCognitionViaStructurization")]
    [InlineData("Déjà Vu: Über Café", "DejaVu")]
    [InlineData("RetroMAE v2: Duplex Masked Auto-Encoder", "RetroMAEV2")]
    [InlineData("DefSent+: Improving sentence embeddings", "DefSent")]
    [InlineData("\\mathcal{M}^3 Model: Something", "M3Model")]
    [InlineData("Δ-Net and λ-Calculus", "DeltaNetAndLambdaCalculus")]
    [InlineData("!!! ???", "Untitled")]
    [InlineData("class", "Class")]
    public void Titles_become_these_names(string title, string expected)
    {
        MemberName.FromTitle(title).Should().Be(expected);
    }

    [Theory]
    [InlineData("E-ViLM: Efficient Video", "E-ViLM")]
    [InlineData("LEOPARD : A Vision", "LEOPARD")]
    [InlineData("Making the Most of your Model: Methods", "Making the Most of your Model: Methods")]
    [InlineData(": starts with a colon", ": starts with a colon")]
    [InlineData("One Two Three: rest", "One Two Three")]
    [InlineData("One Two Three Four: rest", "One Two Three Four: rest")]
    [InlineData("  : blank head", "  : blank head")]
    [InlineData("$$: no words", "$$: no words")]
    [InlineData("No colon here", "No colon here")]
    public void The_short_name_is_the_head_before_a_colon_when_it_is_at_most_three_words(string title, string expected)
    {
        MemberName.ShortName(title).Should().Be(expected);
    }

    [Fact]
    public void Every_seed_name_is_a_valid_unique_identifier()
    {
        var names = SeedTitles.All.Select(MemberName.FromTitle).ToList();
        names.Should().OnlyHaveUniqueItems();
        names.Should().OnlyContain(n => n.Length > 0 && (char.IsLetter(n[0]) || n[0] == '_') && n.All(c => char.IsLetterOrDigit(c) || c == '_'));
    }

    [Fact]
    public void Very_long_titles_are_cut_at_a_word()
    {
        string name = MemberName.FromTitle(string.Join(" ", Enumerable.Repeat("Word", 100)));
        name.Length.Should().BeLessThanOrEqualTo(MemberName.MaxLength);
        name.Should().EndWith("Word");
    }

    [Fact]
    public void Member_names_stop_at_a_whole_word_within_the_limit()
    {
        string title = string.Join(" ", Enumerable.Repeat("Abcdefghij", 20));
        string name = MemberName.FromTitle(title);

        name.Length.Should().BeLessThanOrEqualTo(MemberName.MaxLength).And.BeGreaterThan(MemberName.MaxLength - 10);
        MemberName.FromTitle(new string('x', 300)).Should().HaveLength(300, "a single word is never cut to nothing");
        string exact = new string('a', MemberName.MaxLength - 3);
        MemberName.FromTitle(exact + " bcd").Should().HaveLength(MemberName.MaxLength, "a word ending exactly at the limit is kept");
        MemberName.FromTitle(exact + " bcde").Should().HaveLength(MemberName.MaxLength - 3);
        MemberName.FromTitle("E-ViLM: Efficient Video", Words.Split("E-ViLM: Efficient Video")).Should().Be("EViLM");
        MemberName.FromTitle("A Title Without Colon", Words.Split("A Title Without Colon")).Should().Be("ATitleWithoutColon");
    }
}
