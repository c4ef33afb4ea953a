using Papers.Tool.Enrich;

namespace Papers.Tool.Tests.Enrich;

/// <summary><see cref="WordTable"/>: each word's number by its characters, and -1 for any other word.</summary>
public class WordTableTests
{
    [Fact]
    public void Every_word_is_found_with_its_number_and_no_other_word_is()
    {
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i}").ToList();
        var table = new WordTable(words);

        table.Count.Should().Be(words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            table.Find(words[i]).Should().Be(i);
        }

        Enumerable.Range(20_000, 20_000).Should().OnlyContain(i => table.Find($"w{i}") == -1);
        table.Find("w1".AsSpan(0, 1)).Should().Be(-1, "a prefix of a word is another word");
        table.Find(string.Empty).Should().Be(-1);
    }

    [Fact]
    public void A_word_given_twice_is_refused()
    {
        var make = () => new WordTable(["attention", "sparse", "attention"]);

        make.Should().Throw<ArgumentException>().WithMessage("*'attention'*twice*");
    }
}
