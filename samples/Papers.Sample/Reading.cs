using System.Collections.Generic;

namespace Papers.Sample;

/// <summary>Reading lists the generator evaluates at build time: a typo in the query is a compile error.</summary>
internal static partial class Reading
{
    [PaperQuery("topic:multimodal has:code -survey")]
    public static partial IReadOnlyList<Paper> MultimodalWithCode();
}
