using Papers.Parsing;
using Papers.Tests.Shared;

namespace Papers.Tests;

/// <summary>The real digest, pinned exactly: 70 papers, every title, the date, the 20 links.</summary>
public class SeedDigestTests
{
    private static readonly string[] ExpectedLinks =
    [
        "https://github.com/zhjohnchan/M3AE",
        "https://huggingface.co/McmanusChen/MCL-base",
        "https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models",
        "https://github.com/zahrag/BIOSCAN-5M",
        "https://github.com/cathyxl/MAgIC",
        "https://github.com/PaddlePaddle/ERNIE",
        "https://github.com/NVlabs/MaskLLM",
        "https://github.com/ChenRocks/UNITER",
        "https://github.com/xinke-wang/SwitchGPT",
        "https://github.com/withinmiaov/A-Survey-on-Mixture-of-Experts",
        "https://github.com/Alpha-VLLM/LLaMA2-Accessory",
        "https://github.com/Ola-Omni/Ola",
        "https://github.com/nlp-uoregon/ullme",
        "https://rb.gy/ws1ile",
        "https://github.com/LaVi-Lab/AIM",
        "https://github.com/microsoft/Distilled-Sentence-Embedding",
        "https://github.com/alibaba/struxgpt",
        "https://github.com/harrytea/AdaptVision",
        "https://github.com/HITsz-TMG/UMOE-Scaling-Unified-Multimodal-LLMs",
        "https://github.com/mshukor/ima-lmms",
    ];

    private static readonly DigestLoadResult Seed = DigestLoader.Load(RepoPaths.SeedDigest);

    [Fact]
    public void It_has_exactly_the_70_titles_in_order()
    {
        Seed.Papers.Select(p => p.Title).Should().Equal(SeedTitles.All);
    }

    [Fact]
    public void It_is_read_without_any_problem()
    {
        Seed.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Every_paper_is_dated_March_11_with_the_year_unknown()
    {
        Seed.Digests.Should().ContainSingle().Which.Dates.Should().Equal(new PaperDate(null, 3, 11));
        Seed.Papers.Should().OnlyContain(p => p.Date == new PaperDate(null, 3, 11));
        Seed.Papers[0].Date!.Value.HasYear.Should().BeFalse();
        Seed.Papers[0].Date!.Value.ToString().Should().Be("Mar 11 (year unknown)");
    }

    [Fact]
    public void Its_20_links_come_out_clean_and_classified()
    {
        var links = Seed.Papers.SelectMany(p => p.Links).ToList();
        links.Select(l => l.Url).Should().Equal(ExpectedLinks);
        links.Count(l => l.Kind == LinkKind.Code).Should().Be(18);
        links.Single(l => l.Url.Contains("huggingface", StringComparison.Ordinal)).Kind.Should().Be(LinkKind.ModelOrDataset);
        links.Single(l => l.Url.Contains("rb.gy", StringComparison.Ordinal)).Kind.Should().Be(LinkKind.Other);
    }

    [Fact]
    public void Abstracts_are_the_paragraphs_after_each_title_verbatim()
    {
        string[] lines = File.ReadAllLines(RepoPaths.SeedDigest);
        foreach (Paper paper in Seed.Papers)
        {
            lines[paper.Source.Line - 1].Should().Be(paper.Title);
            lines[paper.Source.Line + 1].Should().Be(paper.Abstract, because: $"the abstract of {paper.ShortName} is the next paragraph");
        }

        Seed.Papers.Should().OnlyContain(p => p.Abstract.Length > 100);
    }

    [Fact]
    public void TeX_and_odd_characters_are_data_not_noise()
    {
        Seed.Papers.Should().Contain(p => p.Title.StartsWith("$γ-$MoD:", StringComparison.Ordinal));
        Seed.Papers.Should().Contain(p => p.Title.StartsWith("LEOPARD :", StringComparison.Ordinal));
    }

    [Fact]
    public void Ids_are_unique_slugs_of_the_titles()
    {
        Seed.Papers.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        Seed.Papers[0].Id.Should().Be("e-vilm-efficient-video-language-model-via-masked-video-modeling-with-semantic");
        Seed.Papers.Single(p => p.ShortName == "4M").Id.Should().Be("4m-massively-multimodal-masked-modeling");
    }

    [Fact]
    public void The_sample_bundles_a_byte_identical_copy()
    {
        File.ReadAllBytes(RepoPaths.BundledSeedDigest).Should().Equal(File.ReadAllBytes(RepoPaths.SeedDigest));
    }
}
