using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Papers.Export;

/// <summary>
/// One paper as one flat row, the schema every export writes (JSON lines, CSV, Parquet): column for column what
/// <see cref="Paper"/> holds, named in <c>snake_case</c> for SQL engines. Dates are split into year, month and
/// day because a digest's date may have no year; lists stay lists (CSV writes them as JSON arrays).
/// </summary>
/// <remarks>
/// The column order is the property order here; <see cref="Columns"/> lists it. See <c>docs/export.md</c>.
/// </remarks>
public sealed record PaperRecord
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "title", "short_name", "abstract", "date_year", "date_month", "date_day",
        "published_year", "published_month", "published_day", "authors", "arxiv_id", "doi", "url", "links",
        "code_url", "tags", "topics", "keyphrases", "digest_file", "digest_line",
    ];

    /// <summary><see cref="Paper.Id"/>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary><see cref="Paper.Title"/>.</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary><see cref="Paper.ShortName"/>.</summary>
    [JsonPropertyName("short_name")]
    public required string ShortName { get; init; }

    /// <summary><see cref="Paper.Abstract"/>; empty when the digest had none.</summary>
    [JsonPropertyName("abstract")]
    public required string Abstract { get; init; }

    /// <summary>The year of <see cref="Paper.Date"/>; null without a date or when the digest's date has no year.</summary>
    [JsonPropertyName("date_year")]
    public int? DateYear { get; init; }

    /// <summary>The month (1–12) of <see cref="Paper.Date"/>; null without a date.</summary>
    [JsonPropertyName("date_month")]
    public int? DateMonth { get; init; }

    /// <summary>The day of <see cref="Paper.Date"/>; null without a date.</summary>
    [JsonPropertyName("date_day")]
    public int? DateDay { get; init; }

    /// <summary>The year of <see cref="Paper.Published"/>, or <see cref="Paper.PublishedYear"/> when only the year is known.</summary>
    [JsonPropertyName("published_year")]
    public int? PublishedYear { get; init; }

    /// <summary>The month of <see cref="Paper.Published"/>; null when only the year (or nothing) is known.</summary>
    [JsonPropertyName("published_month")]
    public int? PublishedMonth { get; init; }

    /// <summary>The day of <see cref="Paper.Published"/>; null when only the year (or nothing) is known.</summary>
    [JsonPropertyName("published_day")]
    public int? PublishedDay { get; init; }

    /// <summary><see cref="Paper.Authors"/>, in order.</summary>
    [JsonPropertyName("authors")]
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary><see cref="Paper.ArxivId"/>.</summary>
    [JsonPropertyName("arxiv_id")]
    public string? ArxivId { get; init; }

    /// <summary><see cref="Paper.Doi"/>.</summary>
    [JsonPropertyName("doi")]
    public string? Doi { get; init; }

    /// <summary><see cref="Paper.Url"/>.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary><see cref="Paper.Links"/>, in order.</summary>
    [JsonPropertyName("links")]
    public required IReadOnlyList<LinkRecord> Links { get; init; }

    /// <summary><see cref="Paper.CodeUrl"/>.</summary>
    [JsonPropertyName("code_url")]
    public string? CodeUrl { get; init; }

    /// <summary><see cref="Paper.Tags"/>.</summary>
    [JsonPropertyName("tags")]
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary><see cref="Paper.Topics"/>, in taxonomy order.</summary>
    [JsonPropertyName("topics")]
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary><see cref="Paper.Keyphrases"/>.</summary>
    [JsonPropertyName("keyphrases")]
    public required IReadOnlyList<string> Keyphrases { get; init; }

    /// <summary>The digest file of <see cref="Paper.Source"/>.</summary>
    [JsonPropertyName("digest_file")]
    public required string DigestFile { get; init; }

    /// <summary>The 1-based line of the title in <see cref="DigestFile"/>.</summary>
    [JsonPropertyName("digest_line")]
    public required int DigestLine { get; init; }

    /// <summary>The row of <paramref name="paper"/>.</summary>
    /// <exception cref="System.ArgumentException">
    /// A text of the paper holds a lone surrogate, which UTF-8 (and so every export format) cannot carry.
    /// </exception>
    public static PaperRecord Of(Paper paper)
    {
        System.ArgumentNullException.ThrowIfNull(paper);
        var record = new PaperRecord
        {
            Id = paper.Id,
            Title = paper.Title,
            ShortName = paper.ShortName,
            Abstract = paper.Abstract,
            DateYear = paper.Date?.Year,
            DateMonth = paper.Date?.Month,
            DateDay = paper.Date?.Day,
            PublishedYear = paper.Published?.Year ?? paper.PublishedYear,
            PublishedMonth = paper.Published?.Month,
            PublishedDay = paper.Published?.Day,
            Authors = paper.Authors,
            ArxivId = paper.ArxivId,
            Doi = paper.Doi,
            Url = paper.Url,
            Links = LinkRecord.Of(paper.Links),
            CodeUrl = paper.CodeUrl,
            Tags = paper.Tags,
            Topics = paper.Topics,
            Keyphrases = paper.Keyphrases,
            DigestFile = paper.Source.File,
            DigestLine = paper.Source.Line,
        };
        ExportText.Check(record);
        return record;
    }
}
