using Papers.Tool.Enrich;

namespace Papers.Tool.Tests.Enrich;

/// <summary><see cref="WordTable"/>: each word's number by its UTF-8 bytes, and -1 for any other word.</summary>
public class WordTableTests
{
    [Fact]
    public void Every_word_is_found_with_its_number_and_no_other_word_is()
    {
        // Every length the hash reads differently (1–3, 4–7, 8, 9–16 and beyond), and words beyond ASCII.
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i}:" + new string('x', i % 19) + (i % 7 == 0 ? "é" : string.Empty)).ToList();
        var table = new WordTable(words);

        table.Count.Should().Be(words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            table.Find(Bytes(words[i])).Should().Be(i);
        }

        Enumerable.Range(20_000, 20_000).Should().OnlyContain(i => table.Find(Bytes($"w{i}:")) == -1);
        words.Should().OnlyContain(w => table.Find(Bytes(w + "x")) == -1 && table.Find(Bytes(w.Substring(0, w.Length - 1))) == -1, "a word one byte longer or shorter is another word");
        table.Find(Bytes("w0").AsSpan(0, 1)).Should().Be(-1, "a prefix of a word is another word");
        table.Find(ReadOnlySpan<byte>.Empty).Should().Be(-1);
    }

    [Fact]
    public void Words_of_every_short_length_that_differ_in_one_byte_anywhere_are_told_apart()
    {
        // Up to eight bytes a word is told apart by its slot alone: every byte of it must count there.
        var words = new List<string>();
        for (int length = 1; length <= 10; length++)
        {
            for (int at = 0; at < length; at++)
            {
                foreach (char c in "ab")
                {
                    char[] word = Enumerable.Repeat('m', length).ToArray();
                    word[at] = c;
                    words.Add(new string(word));
                }
            }

            words.Add(new string('m', length));
        }

        words = words.Distinct().ToList();
        var table = new WordTable(words);

        words.Select(w => table.Find(Bytes(w))).Should().Equal(Enumerable.Range(0, words.Count));
        table.Find(Bytes("mmmmmmmmmmm")).Should().Be(-1);
    }

    [Fact]
    public void The_empty_word_and_one_letter_words_are_words_too()
    {
        var table = new WordTable([string.Empty, "a", "b"]);

        table.Find(ReadOnlySpan<byte>.Empty).Should().Be(0);
        table.Find("a"u8).Should().Be(1);
        table.Find("b"u8).Should().Be(2);
        table.Find("c"u8).Should().Be(-1);
    }

    [Fact]
    public void A_word_given_twice_is_refused()
    {
        var make = () => new WordTable(["attention", "sparse", "attention"]);

        make.Should().Throw<ArgumentException>().WithMessage("*'attention'*twice*");
    }

    private static byte[] Bytes(string word) => System.Text.Encoding.UTF8.GetBytes(word);
}
