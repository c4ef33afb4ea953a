using System.Text.RegularExpressions;
using Papers.Parsing.Sidecar;

namespace Papers.Tool.Enrich;

/// <summary>One paper to look up: its known arXiv id (metadata or a link in its abstract) and its title's key and words.</summary>
internal sealed partial class EnrichQuery
{
    private EnrichQuery(Paper paper, string? arxivId)
    {
        Paper = paper;
        ArxivId = arxivId;
        Words = TitleText.Words(paper.Title);
        Key = string.Concat(Words);
    }

    public Paper Paper { get; }

    /// <summary>The arXiv id without version, when the digest already says it.</summary>
    public string? ArxivId { get; }

    public string Key { get; }

    public string[] Words { get; }

    public static EnrichQuery For(Paper paper) => new(paper, KnownId(paper));

    // An id in the metadata, else the first link to an arXiv abstract or PDF, or to a Hugging Face paper page.
    private static string? KnownId(Paper paper)
    {
        if (paper.ArxivId is string id)
        {
            return SidecarFile.ArxivKey(id);
        }

        foreach (PaperLink link in paper.Links)
        {
            if (IdInUrl().Match(link.Url) is { Success: true } match && Papers.Parsing.ArxivId.Clean(match.Groups[1].Value) is string clean)
            {
                return SidecarFile.ArxivKey(clean);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^https?://(?:www\.)?(?:arxiv\.org/(?:abs|pdf)|huggingface\.co/papers)/((?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)(?:\.pdf)?/?(?:[?#].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdInUrl();
}
