using Papers.Export;
using Papers.Linq;
using Papers.Parquet;
using Papers.Tests.Hardening;
using Papers.Tests.Shared;

namespace Papers.Tests.Export;

/// <summary>
/// Every export format, written by the library and read back by DuckDB: each row holds exactly what the
/// model holds, and SQL over the files answers what the LINQ operators answer over the papers.
/// </summary>
public sealed class ExportRoundTripTests : IDisposable
{
    private static readonly Lazy<IReadOnlyList<Paper>> Archive = new(() => DigestLoader.Load(RepoPaths.RenderedArchive).Papers);

    private readonly string _dir = Directory.CreateTempSubdirectory("papers-export-").FullName;

    public static TheoryData<string> Formats => new("jsonl", "csv", "parquet");

    public static TheoryData<string, string> AdversarialFiles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string file in AdversarialCorpusTests.FileNames)
            {
                foreach (string format in new[] { "jsonl", "csv", "parquet" })
                {
                    data.Add(file, format);
                }
            }

            return data;
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_archive_paper_reads_back_through_DuckDB_exactly_as_written(string format)
    {
        IReadOnlyList<Paper> papers = Archive.Value;
        string path = Write(papers, format);

        List<string> read = DuckDb.Rows(format, path);

        read.Should().HaveCount(papers.Count).And.Equal(papers.Select(p => DuckDb.Row(PaperRecord.Of(p))));
        papers.Should().Contain(p => p.CodeUrl != null && p.Date != null && p.Topics.Count > 0 && p.Authors.Count > 0, "the archive exercises lists, links and dates");
    }

    [Theory]
    [MemberData(nameof(AdversarialFiles))]
    public void Hostile_text_reads_back_exactly(string file, string format)
    {
        IReadOnlyList<Paper> papers = DigestLoader.Load(Path.Combine(AdversarialCorpusTests.Dir, file)).Papers;
        string path = Write(papers, format);

        DuckDb.Rows(format, path).Should().Equal(papers.Select(p => DuckDb.Row(PaperRecord.Of(p))));
    }

    [Fact]
    public void The_hostile_corpus_holds_what_the_round_trip_must_carry()
    {
        // Without these the hostile round trip above would prove less than its name says.
        string all = string.Concat(AdversarialCorpusTests.FileNames
            .SelectMany(file => DigestLoader.Load(Path.Combine(AdversarialCorpusTests.Dir, file)).Papers)
            .Select(p => p.Title + p.Abstract));
        all.Should().Contain("\0").And.Contain("\u202E").And.Contain("\u2028").And.Contain("\"").And.Contain(",");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Line_breaks_quotes_and_empty_texts_of_a_paper_made_in_code_read_back_exactly(string format)
    {
        // A digest joins wrapped lines, but a Paper made in code may hold anything; CSV quoting is what this proves.
        Paper paper = new()
        {
            Id = "made-in-code",
            Title = "Line one\r\nline \"two\",\nthree\r",
            Abstract = string.Empty,
            Authors = ["O'Brien, \"Pat\"", ""],
            Doi = string.Empty,
            Links = [new PaperLink("https://github.com/a/b", LinkKind.Code), new PaperLink("https://example.org/x,y", LinkKind.Other)],
            Published = new PaperDate(2020, 2, 29),
            Date = new PaperDate(null, 3, 11),
            Source = new SourceLocation("dir with, comma/\"quoted\".txt", 1),
        };

        string path = Write([paper], format);

        DuckDb.Rows(format, path).Should().Equal(DuckDb.Row(PaperRecord.Of(paper)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Code_links_per_topic_and_month_in_SQL_are_what_LINQ_gives(string format)
    {
        IReadOnlyList<Paper> papers = Archive.Value;
        string path = Write(papers, format);

        var sql = DuckDb.Query($"""
            SELECT topic, date_year, date_month, count(*) AS papers
            FROM (SELECT unnest(topics) AS topic, date_year, date_month FROM {DuckDb.Source(format, path)} WHERE code_url IS NOT NULL)
            GROUP BY ALL ORDER BY topic, date_year, date_month
            """).Select(r => $"{r[0]} {r[1]}-{r[2]} {r[3]}").ToList();
        var linq = papers.WithCode()
            .SelectMany(p => p.Topics, (p, topic) => (Topic: topic, p.Date?.Year, p.Date?.Month))
            .GroupBy(k => k)
            .OrderBy(g => g.Key.Topic, StringComparer.Ordinal).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Month)
            .Select(g => $"{g.Key.Topic} {g.Key.Year}-{g.Key.Month} {g.Count()}")
            .ToList();

        sql.Should().Equal(linq);
        sql.Should().HaveCountGreaterThan(50, "the archive spans many topics and months");
    }

    [Theory]
    [InlineData("parquet")]
    [InlineData("jsonl")]
    public void DuckDB_sees_the_documented_columns_in_order_with_their_types(string format)
    {
        string path = Write(Archive.Value.Take(3), format);

        var columns = DuckDb.Query($"DESCRIBE SELECT * FROM {DuckDb.Source(format, path)}").Select(r => $"{r[0]} {r[1]}").ToList();

        columns.Should().Equal(
            "id VARCHAR", "title VARCHAR", "short_name VARCHAR", "abstract VARCHAR", "date_year INTEGER", "date_month INTEGER",
            "date_day INTEGER", "published_year INTEGER", "published_month INTEGER", "published_day INTEGER", "authors VARCHAR[]",
            "arxiv_id VARCHAR", "doi VARCHAR", "url VARCHAR", "links STRUCT(url VARCHAR, kind VARCHAR)[]", "code_url VARCHAR",
            "tags VARCHAR[]", "topics VARCHAR[]", "keyphrases VARCHAR[]", "digest_file VARCHAR", "digest_line INTEGER");
        columns.Select(c => c.Split(' ')[0]).Should().Equal(PaperRecord.Columns);
    }

    [Fact]
    public async Task Parquet_row_groups_hold_the_configured_number_of_rows_and_the_file_names_its_schema()
    {
        string path = Path.Combine(_dir, "groups.parquet");
        await using (FileStream stream = File.Create(path))
        {
            (await ParquetExport.WriteAsync(Archive.Value.Take(5), stream, new ParquetExportOptions { RowGroupSize = 2 })).Should().Be(5);
        }

        DuckDb.Query($"SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('{path}') ORDER BY 1")
            .Select(r => Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(2, 2, 1);
        DuckDb.Query($"SELECT decode(key), decode(value) FROM parquet_kv_metadata('{path}') WHERE decode(key) = '{ParquetExport.SchemaKey}'")
            .Should().ContainSingle().Which[1].Should().Be(ParquetExport.SchemaVersion);
    }

    [Fact]
    public void The_default_row_group_is_DuckDBs_own()
    {
        ParquetExportOptions.Default.RowGroupSize.Should().Be(122_880);
        FluentActions.Invoking(() => new ParquetExportOptions { RowGroupSize = 0 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void No_papers_is_a_file_DuckDB_reads_as_no_rows(string format)
    {
        string path = Write([], format);

        DuckDb.Query($"SELECT count(*) FROM {DuckDb.Source(format, path)}").Single()[0].Should().Be(0L);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_lone_surrogate_is_refused_with_the_paper_and_the_column(string format)
    {
        Paper paper = new() { Id = "broken", Title = "Fine", Abstract = "half of a pair: \uD83D.", Source = new SourceLocation("x.txt", 7) };

        FluentActions.Invoking(() => Write([Archive.Value[0], paper], format)).Should().Throw<ArgumentException>()
            .WithMessage("paper 'broken' (x.txt:7): abstract holds a lone surrogate U+D83D at UTF-16 index 16, which UTF-8 cannot carry; it is not exported");
    }

    private string Write(IEnumerable<Paper> papers, string format)
    {
        string path = Path.Combine(_dir, "papers." + format);
        using FileStream stream = File.Create(path);
        long rows = format switch
        {
            "jsonl" => PaperExport.WriteJsonLines(papers, stream),
            "csv" => PaperExport.WriteCsv(papers, stream),
            _ => ParquetExport.WriteAsync(papers, stream).GetAwaiter().GetResult(),
        };
        rows.Should().Be(papers.Count());
        return path;
    }
}
