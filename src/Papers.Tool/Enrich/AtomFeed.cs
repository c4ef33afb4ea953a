using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Papers.Tool.Enrich;

/// <summary>
/// An arXiv API answer (an Atom feed, per the API's user manual): entries with <c>arxiv:doi</c>,
/// <c>arxiv:journal_ref</c>, <c>arxiv:primary_category</c>, authors, and <c>opensearch:totalResults</c> for paging.
/// </summary>
internal sealed record AtomFeed(IReadOnlyList<ArxivRecord> Records, int TotalResults)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    /// <summary>Reads a feed; a <see cref="FormatException"/> when the text is not an Atom feed.</summary>
    public static AtomFeed Parse(string xml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException($"not XML ({e.Message})", e);
        }

        if (document.Root is not { } feed || feed.Name != Atom + "feed")
        {
            throw new FormatException("not an Atom feed");
        }

        var records = new List<ArxivRecord>();
        foreach (XElement entry in feed.Elements(Atom + "entry"))
        {
            // The API reports a bad query as an entry whose id is an error page.
            string link = Collapse((string?)entry.Element(Atom + "id"));
            int abs = link.IndexOf("/abs/", StringComparison.Ordinal);
            if (abs < 0)
            {
                continue;
            }

            string id = Papers.Parsing.Sidecar.SidecarFile.ArxivKey(link.Substring(abs + 5));
            DateOnly? published = DateTimeOffset.TryParse((string?)entry.Element(Atom + "published"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset when)
                ? DateOnly.FromDateTime(when.UtcDateTime)
                : null;
            records.Add(new ArxivRecord(
                id,
                Collapse((string?)entry.Element(Atom + "title")),
                entry.Elements(Atom + "author").Select(a => Collapse((string?)a.Element(Atom + "name"))).Where(n => n.Length > 0).ToArray(),
                Optional(entry.Element(Arxiv + "doi")),
                Optional(entry.Element(Arxiv + "journal_ref")),
                (string?)entry.Element(Arxiv + "primary_category")?.Attribute("term") is { Length: > 0 } category ? category : null,
                published));
        }

        int total = int.TryParse((string?)feed.Element(OpenSearch + "totalResults"), NumberStyles.None, CultureInfo.InvariantCulture, out int t) ? t : records.Count;
        return new AtomFeed(records, total);
    }

    private static string? Optional(XElement? element) => Collapse((string?)element) is { Length: > 0 } text ? text : null;

    private static string Collapse(string? text) => text is null ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
