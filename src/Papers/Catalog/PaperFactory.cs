using Papers.Parsing;

namespace Papers.Catalog;

/// <summary>Turns a parsed entry into a <see cref="Paper"/>; the one place both the catalog and the loader do it.</summary>
internal static class PaperFactory
{
    public static Paper Create(ParsedEntry entry, string path, string id, PaperSetFeatures features) => new()
    {
        Id = id,
        Title = entry.Title,
        Abstract = entry.Abstract,
        Date = entry.Date,
        Source = new SourceLocation(path, entry.TitleLine),
        Authors = entry.Metadata.Authors,
        ArxivId = entry.Metadata.ArxivId,
        Doi = entry.Metadata.Doi,
        Url = entry.Metadata.Url,
        Published = entry.Metadata.Published,
        PublishedYear = entry.Metadata.PublishedYear,
        Tags = entry.Metadata.Tags,
        FindTopics = features.FindTopics,
        FindKeyphrases = features.FindKeyphrases,
    };
}
