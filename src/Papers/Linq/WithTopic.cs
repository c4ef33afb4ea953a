using System;
using System.Collections.Generic;
using System.Linq;

namespace Papers.Linq;

public static partial class PaperEnumerable
{
    /// <summary>Papers with the topic (its id, such as <c>multimodal</c>; case does not matter).</summary>
    public static IEnumerable<Paper> WithTopic(this IEnumerable<Paper> papers, string topic)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        return Filter(papers, p => p.Topics.Contains(topic, StringComparer.OrdinalIgnoreCase));
    }
}
