using System.Text;
using System.Text.Json;
using Papers.Tests.Shared;

namespace Papers.Tool.Tests;

/// <summary><c>papers export</c> as a process: each format, and every bad <c>--out</c> as one line and exit 2 with nothing half-written.</summary>
public sealed class ExportToolTests : IDisposable
{
    private readonly TempFolder _temp = new("papers-export-tool-");

    private string Dir => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Export_writes_each_format_named_by_the_file_extension()
    {
        foreach (string name in new[] { "papers.parquet", "papers.jsonl", "papers.ndjson", "papers.csv" })
        {
            string file = Path.Combine(Dir, name);
            var (code, stdout, stderr) = PapersProcess.Run(["export", "--out", file]);

            code.Should().Be(0, stderr);
            stdout.Should().BeEmpty();
            stderr.Should().Be($"papers: wrote 70 papers to {file} ({(name.EndsWith(".parquet", StringComparison.Ordinal) ? "parquet" : name.EndsWith(".csv", StringComparison.Ordinal) ? "csv" : "jsonl")})\n");
        }

        byte[] parquet = File.ReadAllBytes(Path.Combine(Dir, "papers.parquet"));
        Encoding.ASCII.GetString(parquet, 0, 4).Should().Be("PAR1");
        Encoding.ASCII.GetString(parquet, parquet.Length - 4, 4).Should().Be("PAR1");
        File.ReadAllLines(Path.Combine(Dir, "papers.jsonl")).Should().HaveCount(70).And.OnlyContain(l => l.StartsWith("{\"id\":", StringComparison.Ordinal));
        File.ReadAllText(Path.Combine(Dir, "papers.csv")).Should().StartWith("id,title,short_name,abstract,");
        Directory.GetFiles(Dir).Select(Path.GetFileName).Should().BeEquivalentTo(["papers.parquet", "papers.jsonl", "papers.ndjson", "papers.csv"], "no temporary file is left");
    }

    [Fact]
    public void Export_of_a_query_to_stdout_is_JSON_lines_of_the_matching_papers()
    {
        var (code, stdout, stderr) = PapersProcess.Run(["export", "has:code"]);

        code.Should().Be(0, stderr);
        string[] lines = stdout.TrimEnd('\n').Split('\n');
        lines.Length.Should().BeInRange(1, 69);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("code_url").ValueKind).Should().OnlyContain(k => k == JsonValueKind.String);
        PapersProcess.Run(["export", "has:code", "--format", "csv"]).Stdout.Split("\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(lines.Length + 1, "a header and a row each (the runner turns CRLF into LF)");
    }

    [Fact]
    public void Export_to_stdout_goes_to_the_stream_the_caller_gives_and_a_query_that_matches_nothing_is_an_empty_export()
    {
        var bytes = new MemoryStream();
        var stderr = new StringWriter();
        int code = Cli.Run(["export", "title:\"no such paper anywhere\"", "--format", "csv"], new StringWriter(), stderr, () => bytes);

        code.Should().Be(0, stderr.ToString());
        string csv = Encoding.UTF8.GetString(bytes.ToArray());
        csv.Should().StartWith("id,title,short_name,");
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle("a header and no row");

        bytes = new MemoryStream();
        Cli.Run(["export", "has:code"], new StringWriter(), stderr, () => bytes).Should().Be(0);
        Encoding.UTF8.GetString(bytes.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().NotBeEmpty()
            .And.OnlyContain(line => line.StartsWith("{\"id\":", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("folder", "papers: --out '{0}' is a folder; name a file")]
    [InlineData("missing/papers.csv", "papers: --out '{0}': the folder '{1}' does not exist")]
    [InlineData("papers.txt", "papers: cannot tell the format from 'papers.txt': use --format jsonl, csv or parquet")]
    public void A_bad_out_is_one_line_and_exit_2(string name, string message)
    {
        string target = Path.Combine(Dir, name);
        if (name == "folder")
        {
            Directory.CreateDirectory(target);
        }

        var (code, stdout, stderr) = PapersProcess.Run(["export", "--out", target]);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, target, Path.GetDirectoryName(target)) + "\n");
        File.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void Parquet_to_stdout_is_refused()
    {
        var (code, stdout, stderr) = PapersProcess.Run(["export", "--format", "parquet"]);

        (code, stdout, stderr).Should().Be((2, "", "papers: parquet is a binary file: name it with --out\n"));
    }

    [Fact]
    public void An_input_error_leaves_the_existing_file_as_it_was()
    {
        string digest = Path.Combine(Dir, "latin1.txt");
        File.WriteAllBytes(digest, Encoding.Latin1.GetBytes("Mar 11\n\nCaf\u00e9 Models\n\nAn abstract.\n"));
        string target = Path.Combine(Dir, "papers.jsonl");
        File.WriteAllText(target, "yesterday's export\n");

        var (code, _, stderr) = PapersProcess.Run(["-i", digest, "export", "--out", target]);

        code.Should().Be(2);
        stderr.Should().EndWith("nothing was written.\n");
        File.ReadAllText(target).Should().Be("yesterday's export\n");
        Directory.GetFiles(Dir).Should().HaveCount(2);
    }

    [Fact]
    public void A_write_that_fails_halfway_leaves_the_old_file_and_no_temporary_one()
    {
        string target = Path.Combine(Dir, "papers.csv");
        File.WriteAllText(target, "old");

        FluentActions.Invoking(() => AtomicFile.Write(target, stream =>
        {
            stream.Write("half a file"u8);
            throw new IOException("disk full");
        })).Should().Throw<IOException>().WithMessage("disk full");

        File.ReadAllText(target).Should().Be("old");
        Directory.GetFiles(Dir).Should().Equal(target);

        AtomicFile.Write(target, stream => stream.Write("new"u8));
        File.ReadAllText(target).Should().Be("new");
        Directory.GetFiles(Dir).Should().Equal(target);
    }
}
