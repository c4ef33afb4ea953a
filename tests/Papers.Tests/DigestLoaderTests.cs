using FluentAssertions;

namespace Papers.Tests;

/// <summary><see cref="DigestLoader"/> and its public options: files found, year, sidecar, progress (the taxonomy: TopicTests).</summary>
public sealed class DigestLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("papers-loader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void FindFiles_takes_files_and_every_txt_under_folders_once_in_ordinal_order()
    {
        string b = Write("b/z.txt", "Mar 11\n\nB\n\nText.");
        Write("b/deep/a.txt", "Mar 11\n\nA\n\nText.");
        Write("b/notes.md", "not a digest");
        string c = Write("C.txt", "Mar 11\n\nC\n\nText.");

        IReadOnlyList<string> files = DigestLoader.FindFiles([Path.Combine(_dir, "b"), c, b]);

        files.Select(f => Path.GetRelativePath(_dir, f).Replace('\\', '/')).Should().Equal("C.txt", "b/deep/a.txt", "b/z.txt");
        files.Should().OnlyContain(f => !f.Contains('\\'));
    }

    [Fact]
    public void FindFiles_refuses_a_path_that_is_neither_file_nor_folder()
    {
        string missing = Path.Combine(_dir, "nope");
        FluentActions.Invoking(() => DigestLoader.FindFiles([missing])).Should().Throw<FileNotFoundException>().Which.FileName.Should().Be(missing);
    }

    [Fact]
    public void Progress_is_reported_once_per_file_with_a_rising_count()
    {
        // Files are read on all cores and reported as they finish (DigestLoadOptions.Progress), so the order of the
        // names is the threads' and only the count is ordered.
        string[] names = Enumerable.Range(1, 8).Select(i => $"{i}.txt").ToArray();
        foreach (string name in names)
        {
            Write(name, $"Mar 11\n\nPaper {name}\n\nText.");
        }

        var reports = new List<DigestLoadProgress>();

        DigestLoader.Load([_dir], new DigestLoadOptions { Progress = new Recorder(reports) });

        reports.Select(r => r.Done).Should().Equal(Enumerable.Range(1, names.Length));
        reports.Should().OnlyContain(r => r.Total == names.Length);
        reports.Select(r => Path.GetFileName(r.File)).Should().BeEquivalentTo(names);
    }

    [Fact]
    public void The_year_option_dates_lines_without_a_year_when_loading_files()
    {
        string file = Write("digest.txt", "Mar 11\n\nA Title\n\nText.");

        DigestLoader.Load([file], new DigestLoadOptions { Year = 2023 }).Papers.Single().Date.Should().Be(new PaperDate(2023, 3, 11));
        DigestLoader.Load(file).Papers.Single().Date.Should().Be(new PaperDate(null, 3, 11));
    }

    [Fact]
    public void A_missing_sidecar_is_refused_before_any_digest_is_read()
    {
        Write("digest.txt", "Mar 11\n\nA Title\n\nText.");
        var reports = new List<DigestLoadProgress>();
        var options = new DigestLoadOptions { Sidecar = Path.Combine(_dir, "refs.bib"), Progress = new Recorder(reports) };

        FluentActions.Invoking(() => DigestLoader.Load([_dir], options)).Should().Throw<FileNotFoundException>();
        FluentActions.Invoking(() => DigestLoader.Parse("Mar 11\n\nT\n\nA.", options: options)).Should().Throw<FileNotFoundException>();
        reports.Should().BeEmpty();
    }

    [Fact]
    public void Parse_applies_a_sidecar_like_Load()
    {
        string bib = Write("refs.bib", "@article{k, title = {A Title}, author = {Doe, Jane}, eprint = {2403.01234}}");

        Paper paper = DigestLoader.Parse("Mar 11\n\nA Title\n\nText.", options: new DigestLoadOptions { Sidecar = bib }).Papers.Single();

        paper.Authors.Should().Equal("Doe, Jane");
        paper.ArxivId.Should().Be("2403.01234");
    }

    private string Write(string relative, string text)
    {
        string path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    // Records on the calling thread (Progress<T> would post to the thread pool).
    private sealed class Recorder(List<DigestLoadProgress> reports) : IProgress<DigestLoadProgress>
    {
        public void Report(DigestLoadProgress value) => reports.Add(value);
    }
}
