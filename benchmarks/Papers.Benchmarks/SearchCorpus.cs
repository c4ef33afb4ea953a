using System.Text;
using Papers.Tests.Shared;

namespace Papers.Benchmarks;

/// <summary>The two search corpora and 60 realistic queries, shared by the search benchmark and its overlap report.</summary>
internal static class SearchCorpus
{
    public static readonly string[] Queries =
    [
        "masked video modeling", "mixture of experts", "retrieval augmented generation", "vision language model",
        "multimodal large language model", "diffusion model image generation", "text embeddings", "sentence embeddings",
        "instruction tuning", "reinforcement learning from human feedback", "chain of thought reasoning", "long context",
        "efficient inference", "model compression quantization", "knowledge distillation", "speech recognition",
        "text to speech", "video generation", "3d reconstruction", "point cloud", "semantic segmentation",
        "object detection", "image captioning", "visual question answering", "contrastive learning", "self supervised",
        "graph neural network", "recommendation system", "code generation", "mathematical reasoning", "agents tool use",
        "multilingual translation", "low resource languages", "medical imaging", "protein structure", "benchmark dataset",
        "hallucination", "alignment safety", "federated learning privacy", "adversarial robustness", "time series",
        "anomaly detection", "reward model", "preference optimization", "tokenizer", "attention mechanism transformer",
        "state space models mamba", "sparse attention", "low rank adaptation", "prompt engineering", "in context learning",
        "scaling laws", "data augmentation", "domain adaptation", "few shot learning", "zero shot classification",
        "neural radiance fields", "gaussian splatting", "autonomous driving", "robot manipulation",
    ];

    /// <summary>The archive, as 593 digests.</summary>
    public static IReadOnlyList<Paper> Archive() => DigestLoader.Load(Paths.Archive).Papers;

    /// <summary>The 993 distinct arXiv abstracts, loaded through a digest so the set is immutable and its index reused.</summary>
    public static IReadOnlyList<Paper> Arxiv()
    {
        var digest = new StringBuilder("2020-01-01\n\n");
        foreach (var row in Csv.Read(Path.Combine(Paths.Data, "arxiv", "arxiv-cs-1000.csv")).DistinctBy(r => r["titles"]))
        {
            digest.Append(OneLine(row["titles"])).Append("\n\n").Append(OneLine(row["summaries"])).Append("\n\n");
        }

        return DigestLoader.Parse(digest.ToString(), "arxiv-cs-1000.txt").Papers;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
