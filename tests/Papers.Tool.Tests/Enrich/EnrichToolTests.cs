using System.Text.Json;
using Papers.Corpus;

namespace Papers.Tool.Tests.Enrich;

/// <summary><c>papers enrich --snapshot</c> as a process: the sidecar, the report, the exit codes, and bad input as one line and exit 2.</summary>
public sealed class EnrichToolTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("papers-enrich-tool-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Snapshot() => Snapshots.Write(_dir, Snapshots.Oai.Take(200).Select(SnapshotRenderer.Line));

    private string Digest(params string[] titles)
    {
        string path = Path.Combine(_dir, "digest.txt");
        File.WriteAllText(path, Snapshots.TitleOnlyDigest(titles, "2007-04-20"));
        return path;
    }

    private static string Title(int i) => string.Join(' ', Snapshots.Oai[i].Title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void A_snapshot_fills_a_csl_json_sidecar_with_provenance_and_exit_0()
    {
        string output = Path.Combine(_dir, "refs.json");
        var (code, stdout, stderr) = PapersProcess.Run(["-i", Digest(Title(0), Title(1).ToUpperInvariant()), "enrich", "--snapshot", Snapshot(), "--out", output]);

        code.Should().Be(0, stderr);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"papers enrich: 2 papers — 0 by id, 2 by exact title, 0 by similar title, 0 ambiguous, 0 unmatched\npapers: wrote 2 entries to {output}\n");
        using JsonDocument csl = JsonDocument.Parse(File.ReadAllText(output));
        JsonElement first = csl.RootElement[0];
        first.GetProperty("author")[0].GetProperty("family").GetString().Should().Be("Balázs");
        first.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).Should().Equal(2007, 4, 2);
        first.GetProperty("DOI").GetString().Should().Be("10.1103/PhysRevD.76.013009");
        first.GetProperty("container-title").GetString().Should().Be("Phys.Rev.D76:013009,2007");
        first.GetProperty("keyword").GetString().Should().Be("hep-ph");
        first.GetProperty("note").GetString().Should().Be("papers enrich: arXiv snapshot, title-exact");
        first.GetProperty("number").GetString().Should().Be("arXiv:0704.0001");
        csl.RootElement[1].GetProperty("title").GetString().Should().Be(Title(1).ToUpperInvariant(), "the digest's title, so the build matches the entry back");
    }

    [Fact]
    public void Unmatched_papers_are_reported_and_exit_1_with_the_json_report_on_stdout()
    {
        var (code, stdout, stderr) = PapersProcess.Run(["-i", Digest(Title(2), "A Paper That Is Not In The Snapshot"), "--json", "enrich", "--snapshot", Snapshot(), "--out", Path.Combine(_dir, "refs.bib")]);

        code.Should().Be(1, stderr);
        stderr.Should().Contain("1 by exact title, 0 by similar title, 0 ambiguous, 1 unmatched").And.Contain("  unmatched: ").And.Contain("A Paper That Is Not In The Snapshot");
        using JsonDocument report = JsonDocument.Parse(stdout);
        report.RootElement.GetProperty("titleExact").GetInt32().Should().Be(1);
        report.RootElement.GetProperty("unmatched").GetInt32().Should().Be(1);
        report.RootElement.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("match").GetString()).Should().Equal("title-exact", "unmatched");
        File.ReadAllText(Path.Combine(_dir, "refs.bib")).Should().StartWith("@misc{").And.Contain("note = {papers enrich: arXiv snapshot, title-exact}");
    }

    [Fact]
    public void A_progress_bar_shows_the_scan_on_a_terminal()
    {
        var (code, _, stderr) = PapersProcess.Run(["-i", Digest(Title(0)), "enrich", "--snapshot", Snapshot(), "--out", Path.Combine(_dir, "refs.bib")], new Dictionary<string, string> { ["PAPERS_PROGRESS"] = "always" });

        code.Should().Be(0, stderr);
        stderr.Should().Contain("\rscanning snapshot [####################] ").And.Contain(" MB\n");
    }

    [Fact]
    public void Lines_that_are_not_json_are_listed_by_number()
    {
        string snapshot = Snapshots.Write(_dir, new[] { SnapshotRenderer.Line(Snapshots.Oai[0]), "not json", "{\"id\":" }, "broken.json");

        var (code, _, stderr) = PapersProcess.Run(["-i", Digest(Title(0)), "enrich", "--snapshot", snapshot, "--out", Path.Combine(_dir, "refs.bib")]);

        code.Should().Be(0, stderr);
        stderr.Should().Contain("  snapshot: 2 line(s) not JSON, skipped: 2, 3\n");
    }

    [Theory]
    [InlineData("refs.txt", "cannot tell the format from 'refs.txt': name a .bib (BibTeX) or .json (CSL-JSON) file")]
    [InlineData("missing-folder/refs.bib", "--out 'missing-folder/refs.bib': the folder")]
    public void A_bad_output_is_one_line_and_exit_2(string output, string message)
    {
        var (code, _, stderr) = PapersProcess.Run(["-i", Digest(Title(0)), "enrich", "--snapshot", Snapshot(), "--out", output]);

        code.Should().Be(2);
        stderr.Should().StartWith("papers: " + message).And.EndWith("\n");
        stderr.Count(c => c == '\n').Should().Be(1);
    }

    [Fact]
    public void A_snapshot_that_does_not_exist_is_one_line_and_exit_2()
    {
        string output = Path.Combine(_dir, "refs.bib");
        var (code, _, stderr) = PapersProcess.Run(["-i", Digest(Title(0)), "enrich", "--snapshot", Path.Combine(_dir, "nope.json"), "--out", output]);

        code.Should().Be(2);
        stderr.Should().Be($"papers: cannot read the snapshot '{Path.Combine(_dir, "nope.json")}': no such file\n");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void A_snapshot_that_is_a_folder_is_one_line_and_exit_2()
    {
        var (code, _, stderr) = PapersProcess.Run(["-i", Digest(Title(0)), "enrich", "--snapshot", _dir, "--out", Path.Combine(_dir, "refs.bib")]);

        code.Should().Be(2);
        stderr.Should().Be($"papers: cannot read the snapshot '{_dir}': it is a folder; name the JSON-lines file\n");
    }
}
