using Papers.Citations;
using Papers.Tests.Shared;

namespace Papers.Tests.Citations;

/// <summary>
/// The BibTeX and BibLaTeX exports read by real toolchains: Debian's pybtex in strict mode (any syntax problem is
/// an exception) and biber's data-model validation, over the seed, 600 arXiv records and the adversarial corpus.
/// </summary>
public class BibToolchainTests
{
    private static IReadOnlyList<Paper> Papers => CitationCorpus.Seed.Concat(CitationCorpus.Arxiv).Concat(ExportTests.Hostile).ToList();

    [SkippableFact]
    public void Pybtex_parses_the_BibTeX_strictly_with_every_entry_and_author()
    {
        string python = Tool.Require("/usr/bin/python3");
        Skip.If(Tool.Run(python, "-c", "import pybtex").ExitCode != 0 && Environment.GetEnvironmentVariable("PAPERS_REQUIRE_TOOLS") != "1", "python3-pybtex is not installed (CI installs it)");
        string file = Path.Combine(Path.GetTempPath(), $"papers-{Guid.NewGuid():N}.bib");
        File.WriteAllText(file, Papers.Export(ExportFormat.BibTeX));
        try
        {
            var (exit, output) = Tool.Run(python, "-c", """
                import sys, pybtex.errors
                from pybtex.database import parse_file
                pybtex.errors.set_strict_mode(True)
                db = parse_file(sys.argv[1])
                print(len(db.entries), sum(len(e.persons.get('author', [])) for e in db.entries.values()))
                """, file);
            exit.Should().Be(0, output);
            output.Trim().Should().Be($"{Papers.Count} {Papers.Sum(p => p.Authors.Count)}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableFact]
    public void Biber_validates_the_BibLaTeX_against_its_data_model()
    {
        string biber = Tool.Require("/usr/bin/biber");
        string folder = Directory.CreateTempSubdirectory("papers-biber-").FullName;
        try
        {
            string file = Path.Combine(folder, "papers.bib");
            File.WriteAllText(file, Papers.Export(ExportFormat.BibLaTeX));
            var (exit, output) = Tool.RunIn(folder, biber, "--tool", "--validate-datamodel", "papers.bib");
            exit.Should().Be(0, output);
            string[] problems = output.Split('\n').Where(l => l.StartsWith("ERROR", StringComparison.Ordinal) || l.StartsWith("WARN", StringComparison.Ordinal)).ToArray();

            // The one thing biber may say: a paper whose digest gives no year has no date (we never invent one).
            int undated = Papers.Count(p => p.Published is null && p.Date is not { HasYear: true } && p.PublishedYear is null);
            problems.Should().OnlyContain(l => l.Contains("Missing mandatory field - one of 'date, year' must be defined"));
            problems.Should().HaveCount(undated);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
