using System.Text;
using System.Text.Json;
using Papers.Export;

namespace Papers.Tests.Export;

/// <summary>What each format writes, byte for byte where a reader depends on it, and the row each paper becomes.</summary>
public class ExportFormatTests
{
    private static readonly Paper Full = new()
    {
        Id = "2401.00001",
        Title = "E-ViLM: Efficient Video-Language Model",
        Abstract = "Code at https://github.com/a/b. Ünïcödé, NUL\0 and \u202Ebidi\u202C stay as they are.",
        Date = new PaperDate(2024, 3, 11),
        Published = new PaperDate(2023, 12, 30),
        PublishedYear = 1999,
        Authors = ["Ada Lovelace", "Charles Babbage"],
        ArxivId = "2401.00001",
        Doi = "10.1000/xyz",
        Url = "https://example.org/paper",
        Links = [new PaperLink("https://github.com/a/b", LinkKind.Code), new PaperLink("https://huggingface.co/m", LinkKind.ModelOrDataset), new PaperLink("https://p.io", LinkKind.ProjectPage), new PaperLink("https://x.org", LinkKind.Other)],
        Tags = ["video"],
        Topics = ["multimodal", "video"],
        Source = new SourceLocation("digests/mar11.txt", 42),
    };

    [Fact]
    public void A_row_holds_every_field_of_the_paper()
    {
        PaperRecord r = PaperRecord.Of(Full);

        (r.Id, r.Title, r.ShortName, r.Abstract).Should().Be((Full.Id, Full.Title, "E-ViLM", Full.Abstract));
        (r.DateYear, r.DateMonth, r.DateDay).Should().Be((2024, 3, 11));
        (r.PublishedYear, r.PublishedMonth, r.PublishedDay).Should().Be((2023, 12, 30), "a full published date wins over a year alone");
        r.Authors.Should().Equal("Ada Lovelace", "Charles Babbage");
        (r.ArxivId, r.Doi, r.Url, r.CodeUrl).Should().Be(("2401.00001", "10.1000/xyz", "https://example.org/paper", "https://github.com/a/b"));
        r.Links.Should().Equal(new LinkRecord("https://github.com/a/b", "Code"), new LinkRecord("https://huggingface.co/m", "ModelOrDataset"), new LinkRecord("https://p.io", "ProjectPage"), new LinkRecord("https://x.org", "Other"));
        r.Tags.Should().Equal("video");
        r.Topics.Should().Equal("multimodal", "video");
        r.Keyphrases.Should().BeEmpty();
        (r.DigestFile, r.DigestLine).Should().Be(("digests/mar11.txt", 42));
    }

    [Fact]
    public void A_date_without_a_year_and_a_year_without_a_date_keep_what_is_known()
    {
        PaperRecord r = PaperRecord.Of(new Paper { Id = "x", Title = "X", Date = new PaperDate(null, 3, 11), PublishedYear = 2020, Source = new SourceLocation("d.txt", 1) });

        (r.DateYear, r.DateMonth, r.DateDay).Should().Be((null, 3, 11));
        (r.PublishedYear, r.PublishedMonth, r.PublishedDay).Should().Be((2020, null, null));
        PaperRecord.Of(new Paper { Id = "y", Title = "Y", Source = new SourceLocation("d.txt", 1) }).Should()
            .Match<PaperRecord>(n => n.DateYear == null && n.DateMonth == null && n.DateDay == null && n.PublishedYear == null && n.CodeUrl == null);
    }

    [Fact]
    public void JSON_lines_are_one_object_per_line_with_the_columns_in_order_and_text_as_UTF8()
    {
        using var stream = new MemoryStream();
        PaperExport.WriteJsonLines([Full, Full], stream).Should().Be(2);
        byte[] bytes = stream.ToArray();
        string text = Encoding.UTF8.GetString(bytes);

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
        text.Should().EndWith("}\n").And.NotContain("\r");
        string[] lines = text.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2).And.OnlyContain(l => l == lines[0]);
        using JsonDocument row = JsonDocument.Parse(lines[0]);
        row.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(PaperRecord.Columns);
        row.RootElement.GetProperty("abstract").GetString().Should().Be(Full.Abstract);
        lines[0].Should().Contain("Ünïcödé").And.Contain("NUL\\u0000").And.Contain("\"doi\":\"10.1000/xyz\"");
    }

    [Fact]
    public void CSV_has_the_column_header_quoted_texts_empty_nulls_and_CRLF_records()
    {
        using var stream = new MemoryStream();
        Paper quoted = new() { Id = "q", Title = "Say \"hi\", then\nleave", Abstract = "", Source = new SourceLocation("d.txt", 3) };
        PaperExport.WriteCsv([quoted], stream).Should().Be(1);
        string text = Encoding.UTF8.GetString(stream.ToArray());

        text.Should().Be(string.Join(",", PaperRecord.Columns) + "\r\n" +
            "\"q\",\"Say \"\"hi\"\", then\nleave\",\"Say \"\"hi\"\", then\nleave\",\"\",,,,,,,\"[]\",,,,\"[]\",,\"[]\",\"[]\",\"[]\",\"d.txt\",3\r\n");
    }

    [Fact]
    public void CSV_writes_numbers_and_lists_without_culture()
    {
        using var stream = new MemoryStream();
        PaperExport.WriteCsv([Full], stream);
        string row = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n")[1];

        row.Should().Contain(",2024,3,11,2023,12,30,\"[\"\"Ada Lovelace\"\",\"\"Charles Babbage\"\"]\",")
            .And.Contain("\"[{\"\"url\"\":\"\"https://github.com/a/b\"\",\"\"kind\"\":\"\"Code\"\"},")
            .And.EndWith(",\"digests/mar11.txt\",42");
    }

    [Fact]
    public void Records_are_made_lazily_and_refuse_a_lone_surrogate_in_any_text_column()
    {
        Paper Broken(string column) => column switch
        {
            "id" => new Paper { Id = "a\uDC00", Title = "T", Source = new SourceLocation("d.txt", 1) },
            "title" => new Paper { Id = "a", Title = "T\uD800", Source = new SourceLocation("d.txt", 1) },
            "authors" => new Paper { Id = "a", Title = "T", Authors = ["ok", "\uD800x"], Source = new SourceLocation("d.txt", 1) },
            "links" => new Paper { Id = "a", Title = "T", Links = [new PaperLink("https://x/\uDFFF", LinkKind.Other)], Source = new SourceLocation("d.txt", 1) },
            "tags" => new Paper { Id = "a", Title = "T", Tags = ["\uD800"], Source = new SourceLocation("d.txt", 1) },
            "topics" => new Paper { Id = "a", Title = "T", Topics = ["\uD800"], Source = new SourceLocation("d.txt", 1) },
            "doi" => new Paper { Id = "a", Title = "T", Doi = "\uD800", Source = new SourceLocation("d.txt", 1) },
            "digest_file" => new Paper { Id = "a", Title = "T", Source = new SourceLocation("d\uD800.txt", 1) },
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };

        foreach (string column in new[] { "id", "title", "authors", "links", "tags", "topics", "doi", "digest_file" })
        {
            IEnumerable<PaperRecord> records = PaperExport.Records([Broken(column)]);
            FluentActions.Enumerating(() => records).Should().Throw<ArgumentException>().WithMessage($"paper '*' (d*.txt:1): {column} holds a lone surrogate U+D* at UTF-16 index *, which UTF-8 cannot carry; it is not exported", column);
        }

        PaperRecord.Of(new Paper { Id = "ok", Title = "An emoji 😀 is a whole pair", Source = new SourceLocation("d.txt", 1) }).Title.Should().Contain("😀");
    }

    [Fact]
    public void The_rows_before_a_refused_paper_are_given_in_order_before_it_throws()
    {
        // Rows are made a chunk at a time on all cores; the failure must still surface where the bad row stands.
        var papers = Enumerable.Range(0, 5000).Select(i => new Paper { Id = "p" + i, Title = "T" + i, Source = new SourceLocation("d.txt", i + 1) }).ToList();
        papers[4500] = new Paper { Id = "bad", Title = "T\uD800", Source = new SourceLocation("d.txt", 4501) };
        var given = new List<string>();

        FluentActions.Invoking(() =>
        {
            foreach (PaperRecord record in PaperExport.Records(papers))
            {
                given.Add(record.Id);
            }
        }).Should().Throw<ArgumentException>().WithMessage("paper 'bad' (d.txt:4501): title holds a lone surrogate*");

        given.Should().Equal(papers.Take(4500).Select(p => p.Id));
    }

    [Fact]
    public void A_refused_id_is_printed_on_one_line()
    {
        var paper = new Paper { Id = "two\nlines\uD800", Title = "T", Source = new SourceLocation("d.txt", 9) };

        FluentActions.Invoking(() => PaperRecord.Of(paper)).Should().Throw<ArgumentException>()
            .Which.Message.Should().StartWith("paper 'two\uFFFDlines\uFFFD' (d.txt:9): id holds a lone surrogate U+D800 at UTF-16 index 9");
    }
}
