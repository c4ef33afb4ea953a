using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Papers.Export;

/// <summary>One <see cref="PaperLink"/> in an export row: its URL and its <see cref="LinkKind"/> by name.</summary>
/// <param name="Url">The link.</param>
/// <param name="Kind"><c>Code</c>, <c>ModelOrDataset</c>, <c>ProjectPage</c> or <c>Other</c>.</param>
public sealed record LinkRecord(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("kind")] string Kind)
{
    internal static IReadOnlyList<LinkRecord> Of(IReadOnlyList<PaperLink> links)
    {
        var records = new LinkRecord[links.Count];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = new LinkRecord(links[i].Url, KindName(links[i].Kind));
        }

        return records;
    }

    // Names written out, not Enum.ToString(): the schema must not change when the enum gains a member or a name.
    private static string KindName(LinkKind kind) => kind switch
    {
        LinkKind.Code => "Code",
        LinkKind.ModelOrDataset => "ModelOrDataset",
        LinkKind.ProjectPage => "ProjectPage",
        _ => "Other",
    };
}
