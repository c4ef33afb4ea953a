namespace Papers.Topics;

/// <summary>
/// The curated default taxonomy for machine-learning papers, in the topics-file format (see <see cref="Taxonomy"/>).
/// Terms are stems (plurals and inflections match), capitals are case-sensitive acronyms, <c>*</c> is a prefix.
/// </summary>
internal static class DefaultTaxonomy
{
    public const string Text = @"
# id: Name | terms
multimodal: Multimodal | multimodal, multi-modal, multimodality, cross-modal, omni-modal, any-to-any, MLLM, LMM, multiple modalities, different modalities, modalities
vision-language: Vision-language | vision-language, vision and language, vision language, visual language, VLM, LVLM, image-text, text-image, visual question answering, VQA, CLIP, visual instruction, image caption*, visual grounding
masked-modeling: Masked modeling | masked language, masked image, masked video, masked region, masked segment, masked token, masked autoencod*, masked auto-encod*, masked model*, masked diffusion, masked multimodal, masked prediction, mask modeling, MAE, MLM, MIM, MVM
mixture-of-experts: Mixture of experts | mixture of experts, mixture-of-experts, MoE, expert routing, sparse experts, sparsely activated, mixture-of-depth, mixture of depth
embeddings: Embeddings | embedding, sentence representation, text representation, sentence encoder, sentence encoders, dense representation, vector representation, word vectors
retrieval: Retrieval & RAG | retrieval, retrieval-augmented, retriever, RAG, re-ranking, reranking, reranker, information retrieval, document matching, search engine
diffusion: Diffusion | diffusion, denoising, score-based, DDPM, DiT
segmentation: Segmentation | segmentation, segmenting, segment anything, panoptic, mask proposal
efficiency: Efficiency & compression | efficient, efficiency, compression, compress, pruning, prune, quantization, quantized, distillation, distilled, lightweight, sparsity, token merging, FLOPs, inference speed, inference cost, low-rank
agents: Agents | agent, agentic, multi-agent, tool use, tool learning
speech-audio: Speech & audio | speech, audio, sound, spoken, acoustic, audible, ASR, TTS, music
video: Video | video, videos, temporal grounding
medical: Medical & biology | medical, clinical, biomedical, radiology, patient, disease, protein, peptide, molecule, molecular, biodiversity, genomic, drug
multilingual: Multilingual | multilingual, cross-lingual, machine translation, low-resource language, language pairs, non-English
survey: Survey | survey, review, overview, tutorial
benchmark-dataset: Benchmark & dataset | benchmark, dataset, corpus, evaluation suite, leaderboard
language-models: Language models | large language model, language model, LLM, GPT, foundation model, transformer-based language
pretraining: Pretraining | pre-training, pretraining, pre-trained, pretrained, pre-train, pretrain, self-supervised
image-generation: Image generation | text-to-image, image generation, generating images, image synthesis, image editing, generative model
reasoning: Reasoning | reasoning, chain-of-thought, CoT, arithmetic, mathematical, math, logical
reinforcement-learning: Reinforcement learning | reinforcement learning, RLHF, reward model, policy optimization, PPO, DPO
instruction-tuning: Instruction tuning | instruction tuning, instruction-tuned, instruction following, instruction-following, fine-tuning, finetuning, fine-tune, finetune, SFT
long-context: Long context | long context, long-context, long-form, million-length, context window, long document, long sequence, long-range
recommendation: Recommendation | recommendation, recommender
remote-sensing: Remote sensing | remote sensing, satellite, aerial
robotics: Robotics & embodied | robot, robotic, robotics, embodied, manipulation, navigation
3d: 3D | 3D, point cloud, NeRF, gaussian splatting, mesh, depth estimation
code: Code | code generation, programming, software engineering, program synthesis
";
}
