using Papers.Fuzz;
using Papers.Tests.Shared;

namespace Papers.Tests.Hardening;

/// <summary>
/// Every input the coverage-guided fuzzer found interesting (tests/Papers.Fuzz/corpus, grown by
/// tests/Papers.Fuzz/afl.sh) goes through its target again on every run: no exception, no hang.
/// </summary>
public class FuzzCorpusTests
{
    private static string Corpus => Path.Combine(RepoPaths.Root, "tests", "Papers.Fuzz", "corpus");

    public static TheoryData<string> Targets => new(FuzzTargets.Names);

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_corpus_input_goes_through_its_target(string target)
    {
        string[] files = Directory.GetFiles(Path.Combine(Corpus, target)).Order(StringComparer.Ordinal).ToArray();
        files.Should().NotBeEmpty("each target has seeds");

        foreach (string file in files)
        {
            FluentActions.Invoking(() => FuzzTargets.Run(target, File.ReadAllBytes(file))).Should().NotThrow(Path.GetFileName(file));
        }
    }

    [Fact]
    public void The_corpus_folders_are_the_targets()
    {
        Directory.GetDirectories(Corpus).Select(Path.GetFileName).Should().BeEquivalentTo(FuzzTargets.Names);
    }
}
