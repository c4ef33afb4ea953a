using Papers.Tests.Shared;

namespace Papers.Tests.Topics;

/// <summary>
/// The topics of every seed paper with the default taxonomy, read through by a person (the developer who tuned the
/// taxonomy) against each title and abstract. A change to the taxonomy or the matcher shows up here, paper by paper.
/// </summary>
public class SeedTopicsTests
{
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["E-ViLM"] = "multimodal,masked-modeling,efficiency,video,language-models",
        ["InterBERT"] = "multimodal,vision-language,pretraining",
        ["Multi-Modal Masked Autoencoders for Medical Vision-and-Language Pre-Training"] = "multimodal,vision-language,masked-modeling,medical,pretraining",
        ["Pre-training Language Model as a Multi-perspective Course Learner"] = "masked-modeling,language-models,pretraining",
        ["LightCLIP"] = "vision-language,masked-modeling,efficiency,language-models",
        ["A Challenger to GPT-4V? Early Explorations of Gemini in Visual Expertise"] = "multimodal,language-models",
        ["PepTune"] = "diffusion,medical",
        ["Beyond 512 Tokens"] = "retrieval,benchmark-dataset,long-context",
        ["CM3"] = "multimodal,masked-modeling,image-generation",
        ["4M"] = "multimodal,masked-modeling,language-models",
        ["BIOSCAN-5M"] = "multimodal,embeddings,medical,benchmark-dataset",
        ["Towards Zero-Shot Multimodal Machine Translation"] = "multimodal,multilingual,benchmark-dataset",
        ["$γ-$MoD"] = "multimodal,mixture-of-experts,language-models",
        ["MAgIC"] = "agents,language-models,reasoning",
        ["World Model on Million-Length Video And Language With RingAttention"] = "video,benchmark-dataset,long-context",
        ["Parrot"] = "multimodal,vision-language,mixture-of-experts,multilingual,benchmark-dataset,language-models,instruction-tuning",
        ["Text-driven Human Motion Generation with Motion Masked Diffusion Model"] = "masked-modeling,diffusion",
        ["ERNIE-Gram"] = "masked-modeling,language-models,pretraining",
        ["Generating Images with Multimodal Language Models"] = "multimodal,embeddings,retrieval,language-models,image-generation",
        ["A Comprehensive Overview of Large Language Models"] = "survey,benchmark-dataset,language-models",
        ["Prompt-Guided Mask Proposal for Two-Stage Open-Vocabulary Segmentation"] = "segmentation,benchmark-dataset",
        ["Text4Seg"] = "multimodal,segmentation,efficiency",
        ["LLMs are Also Effective Embedding Models: An In-depth Overview"] = "embeddings,efficiency,survey,language-models",
        ["From Word Vectors to Multimodal Embeddings: Techniques, Applications, and Future Directions For Large Language Models"] = "multimodal,embeddings,language-models",
        ["A Review of Multi-Modal Large Language and Vision Models"] = "multimodal,survey,language-models",
        ["MaskLLM"] = "efficiency,language-models",
        ["UNITER"] = "multimodal,vision-language,masked-modeling,embeddings,pretraining",
        ["MM-Embed"] = "multimodal,retrieval,benchmark-dataset,language-models,instruction-tuning",
        ["SwitchGPT"] = "multimodal,benchmark-dataset,language-models",
        ["2D Matryoshka Sentence Embeddings"] = "embeddings",
        ["Mask-Enhanced Autoregressive Prediction"] = "masked-modeling,retrieval,language-models",
        ["A Survey on Mixture of Experts"] = "mixture-of-experts,survey,language-models",
        ["Text is no more Enough! A Benchmark for Profile-based Spoken Language Understanding"] = "speech-audio,benchmark-dataset",
        ["SPHINX"] = "multimodal,vision-language,embeddings,language-models",
        ["Ola"] = "multimodal,speech-audio,language-models",
        ["Yi"] = "language-models,pretraining",
        ["Making the Most of your Model: Methods for Finetuning and Applying Pretrained Transformers"] = "pretraining,instruction-tuning",
        ["Scaling TransNormer to 175 Billion Parameters"] = "efficiency,language-models",
        ["ULLME"] = "embeddings,language-models,instruction-tuning",
        ["Linguistic Entity Masking to Improve Cross-Lingual Representation of Multilingual Language Models for Low-Resource Languages"] = "masked-modeling,multilingual,language-models,pretraining",
        ["Learning semantic sentence representations from visually grounded language without lexical knowledge"] = "multimodal,vision-language,embeddings,benchmark-dataset",
        ["AIM"] = "multimodal,efficiency,video,language-models",
        ["Scalable Attentive Sentence-Pair Modeling via Distilled Sentence Embedding"] = "embeddings,efficiency",
        ["DefSent+"] = "embeddings,language-models",
        ["Utilizing BERT for Information Retrieval: Survey, Applications, Resources, and Challenges"] = "retrieval,survey,language-models",
        ["RetroMAE v2"] = "masked-modeling,embeddings,retrieval,language-models,pretraining",
        ["Vector representations of text data in deep learning"] = "embeddings,retrieval,benchmark-dataset",
        ["Fine-grained Audible Video Description"] = "vision-language,speech-audio,video,benchmark-dataset,language-models",
        ["LlamaFusion"] = "multimodal,language-models,pretraining",
        ["GeoPix"] = "multimodal,vision-language,segmentation,benchmark-dataset,language-models,remote-sensing",
        ["xRAG"] = "multimodal,embeddings,retrieval,efficiency,language-models",
        ["When Text Embedding Meets Large Language Model: A Comprehensive Survey"] = "embeddings,survey,language-models",
        ["LEOPARD"] = "multimodal,vision-language,language-models",
        ["Segment Everything Everywhere All at Once"] = "segmentation,language-models",
        ["Enhancing LLM's Cognition via Structurization"] = "language-models",
        ["NoteLLM-2"] = "multimodal,language-models,recommendation",
        ["One Model, Multiple Modalities: A Sparsely Activated Approach for Text, Sound, Image, Video and Code"] = "multimodal,mixture-of-experts,speech-audio,video,pretraining",
        ["Exploring the Frontier of Vision-Language Models: A Survey of Current Methodologies and Future Directions"] = "multimodal,vision-language,survey,language-models",
        ["ILLUME"] = "multimodal,benchmark-dataset,language-models",
        ["Zipper"] = "multimodal,speech-audio",
        ["AdaptVision"] = "multimodal,language-models",
        ["Uni-MoE"] = "multimodal,mixture-of-experts,efficiency,language-models",
        ["Implicit Multimodal Alignment"] = "multimodal,language-models",
        ["Fast, Effective, and Self-Supervised: Transforming Masked Language Models into Universal Lexical and Sentence Encoders"] = "masked-modeling,embeddings,language-models,pretraining,instruction-tuning",
        ["MMAR"] = "multimodal,diffusion",
        ["ML-Mamba"] = "multimodal,efficiency,language-models",
        ["Lessons learned from the evaluation of Spanish Language Models"] = "language-models",
        ["Cross-modal Information Flow in Multimodal Large Language Models"] = "multimodal,language-models",
        ["IMAD"] = "multimodal,benchmark-dataset",
        ["Re-ranking the Context for Multimodal Retrieval Augmented Generation"] = "multimodal,retrieval,language-models",
    };

    [Fact]
    public void Every_seed_paper_has_the_checked_topics()
    {
        var papers = DigestLoader.Load(RepoPaths.SeedDigest).Papers;
        papers.Should().HaveCount(Expected.Count);
        foreach (Paper paper in papers)
        {
            string.Join(",", paper.Topics).Should().Be(Expected[paper.ShortName], paper.Title);
        }
    }

    [Fact]
    public void Every_seed_paper_has_at_least_one_topic_and_the_common_ones_are_there()
    {
        var papers = DigestLoader.Load(RepoPaths.SeedDigest).Papers;
        papers.Should().OnlyContain(p => p.Topics.Count > 0);
        papers.Count(p => p.Topics.Contains("multimodal")).Should().BeGreaterThan(30, "the seed is a multimodal reading list");
        papers.Count(p => p.Topics.Contains("embeddings")).Should().BeGreaterThan(10);
    }
}
