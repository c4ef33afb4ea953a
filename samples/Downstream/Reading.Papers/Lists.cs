using Papers;

namespace Reading;

/// <summary>The team's reading lists, evaluated at build time.</summary>
public static partial class Lists
{
    /// <summary>Multimodal papers that ship code.</summary>
    [PaperQuery("topic:multimodal has:code -survey")]
    public static partial IReadOnlyList<Paper> MultimodalWithCode { get; }

    /// <summary>What we cite in our own paper.</summary>
    public static IReadOnlyList<Paper> Cited { get; } = [PaperCatalog.BIOSCAN5M, PaperCatalog.UNITER, PaperCatalog.UniMoE];
}
