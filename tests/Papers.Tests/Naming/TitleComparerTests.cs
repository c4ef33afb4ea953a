using Papers.Naming;

namespace Papers.Tests.Naming;

/// <summary>When two titles are one paper: case and runs of white space ignored, nothing else.</summary>
public class TitleComparerTests
{
    [Theory]
    [InlineData("Deep Learning", "deep learning")]
    [InlineData("Deep Learning", "DEEP   LEARNING")]
    [InlineData("Deep Learning", "  Deep\tLearning \u00A0")]
    [InlineData("Deep Learning", "Deep\u2003\u2003Learning")]
    [InlineData("Émile's Model", "ÉMILE'S MODEL")]
    [InlineData("", "   ")]
    public void Titles_equal_but_for_case_and_white_space_are_one(string a, string b)
    {
        TitleComparer.Instance.Equals(a, b).Should().BeTrue();
        TitleComparer.Instance.Equals(b, a).Should().BeTrue();
        TitleComparer.Instance.GetHashCode(a).Should().Be(TitleComparer.Instance.GetHashCode(b));
    }

    [Theory]
    [InlineData("Deep Learning", "DeepLearning")]
    [InlineData("Deep Learning", "Deep Learning.")]
    [InlineData("Deep Learning", "Deep-Learning")]
    [InlineData("Deep Learning", "Deep Learnin")]
    [InlineData("Deep Learning", "Deep Learningg")]
    [InlineData("Émile", "Emile")]
    [InlineData("a", "")]
    public void Titles_that_differ_otherwise_are_two(string a, string b)
    {
        TitleComparer.Instance.Equals(a, b).Should().BeFalse();
        TitleComparer.Instance.Equals(b, a).Should().BeFalse();
    }

    [Fact]
    public void Different_titles_mostly_hash_apart()
    {
        // A hash that ignored characters would still be "correct" for Equals and make every look-up a scan.
        var hashes = Enumerable.Range(0, 1000).Select(i => TitleComparer.Instance.GetHashCode($"Paper number {i}")).ToHashSet();
        hashes.Count.Should().BeGreaterThan(990);
    }

    [Fact]
    public void Null_equals_only_null()
    {
        TitleComparer.Instance.Equals(null, null).Should().BeTrue();
        TitleComparer.Instance.Equals("a", null).Should().BeFalse();
        TitleComparer.Instance.Equals(null, "a").Should().BeFalse();
    }
}
