using Papers.Naming;

namespace Papers.Tests.Naming;

/// <summary><see cref="WordPool"/> shares a word's string, and never hands back another word's.</summary>
public class WordPoolTests
{
    [Fact]
    public void The_same_characters_give_the_same_string()
    {
        string first = WordPool.Get("Learning".ToCharArray(), 8);
        string again = WordPool.Get("Learning!!".ToCharArray(), 8);

        again.Should().Be("Learning").And.BeSameAs(first);
    }

    [Fact]
    public void Every_word_comes_back_as_itself_when_many_share_a_slot()
    {
        // Ten thousand words of one length in a table of a few thousand slots: many land on a taken slot, and each
        // must still be its own characters (a slot is only shared when every character matches).
        var words = Enumerable.Range(0, 10_000).Select(i => $"w{i:D6}").ToList();

        foreach (string word in words.Concat(words))
        {
            WordPool.Get(word.ToCharArray(), word.Length).Should().Be(word);
        }
    }

    [Fact]
    public void Only_the_given_length_is_read()
    {
        WordPool.Get("abcdef".ToCharArray(), 3).Should().Be("abc");
        WordPool.Get("abcdef".ToCharArray(), 0).Should().BeEmpty();
    }

    [Fact]
    public void A_reused_word_list_holds_only_the_last_titles_words()
    {
        var words = new List<string> { "stale" };

        Words.SplitInto("Masked Video Modeling", words);
        words.Should().Equal("Masked", "Video", "Modeling");
        Words.SplitInto("CLIP", words);
        words.Should().Equal("CLIP");
    }
}
