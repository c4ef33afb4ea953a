using System.Text;
using Papers.Tests.Shared;

namespace Papers.Tests.Hardening;

/// <summary>The adversarial corpus in tests/Adversarial, and two large inputs made on the fly: read exactly or reported.</summary>
public class AdversarialCorpusTests
{
    public static TheoryData<string> Files => new(FileNames);

    /// <summary>The corpus's digests (the .txt files), in ordinal order.</summary>
    public static IReadOnlyList<string> FileNames => Directory.GetFiles(Dir, "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    public static string Dir => Path.Combine(RepoPaths.Root, "tests", "Adversarial");

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_title_is_read_exactly(string file)
    {
        string text = File.ReadAllText(Path.Combine(Dir, file));
        string[] blocks = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        // Metadata blocks (Authors:, arXiv:, DOI:, URL: lines) sit between a title and its abstract.
        string[] titles = blocks.Skip(1).Where(b => !System.Text.RegularExpressions.Regex.IsMatch(b, "^(Authors|arXiv|DOI|URL): ")).Where((_, i) => i % 2 == 0).ToArray();

        DigestLoadResult result = DigestLoader.Load(Path.Combine(Dir, file));

        result.Diagnostics.Where(d => d.Severity == DigestSeverity.Error).Should().BeEmpty();
        result.Digests.Single().Papers.Select(p => p.Title).Should().Equal(titles);
    }

    [Fact]
    public void A_lone_surrogate_in_the_bytes_is_PAPER001()
    {
        DigestLoader.Load(Path.Combine(Dir, "lone-surrogate.bin")).Diagnostics.Should().ContainSingle().Which.Id.Should().Be("PAPER001");
    }

    [Fact]
    public void A_10_MB_single_line_is_reported_as_prose_not_a_hang()
    {
        string line = string.Concat(Enumerable.Repeat("Sentence with https://example.org/x) words. ", 10 * 1024 * 1024 / 45));
        DigestLoadResult result = DigestLoader.Parse("Mar 11\n\n" + line + "\n\nA Real Title\n\nIts abstract.");
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("PAPER005");
        result.Papers.Should().ContainSingle().Which.Title.Should().Be("A Real Title");
    }

    [Fact]
    public void Fifty_thousand_tiny_papers_are_all_read()
    {
        var text = new StringBuilder("Mar 11\n\n");
        for (int i = 0; i < 50_000; i++)
        {
            text.Append('T').Append(i).Append("\n\nA").Append(i).Append(".\n\n");
        }

        DigestLoadResult result = DigestLoader.Parse(text.ToString());
        result.Papers.Should().HaveCount(50_000);
        result.Diagnostics.Should().BeEmpty();
        result.Papers[^1].Title.Should().Be("T49999");
    }
}
