using Papers.Citations;
using Papers.Citations.Export;

namespace Papers.Tests.Citations;

/// <summary>Citation keys: Google Scholar's family + year + first significant title word, in ASCII, unique per export.</summary>
public class BibKeysTests
{
    private static Reference Ref(string title, string? authors = "Jane Doe", string? published = "2024") =>
        Reference.Of(CitedPaper.With(title, authors, published));

    private static string Key(string title, string? authors = "Jane Doe", string? published = "2024") =>
        BibKeys.For(new[] { Ref(title, authors, published) }).Single();

    [Theory]
    [InlineData("Calculation of Things", "balazs2024calculation")]
    [InlineData("A Model", "balazs2024model")]
    [InlineData("An Answer", "balazs2024answer")]
    [InlineData("The Result", "balazs2024result")]
    [InlineData("On Graphs", "balazs2024graphs")]
    [InlineData("Of Mice", "balazs2024mice")]
    [InlineData("In Context", "balazs2024context")]
    [InlineData("For Whom", "balazs2024whom")]
    [InlineData("To Be", "balazs2024be")]
    [InlineData("And Then", "balazs2024then")]
    [InlineData("With Love", "balazs2024love")]
    [InlineData("Towards Better Models", "balazs2024better")]
    [InlineData("Toward Better Models", "balazs2024better")]
    [InlineData("The Of A An Big Deal", "balazs2024big")]
    [InlineData("Onward", "balazs2024onward")]
    public void Keys_are_family_year_and_the_first_word_that_is_not_a_small_word(string title, string key)
    {
        Key(title, "Anna Balázs").Should().Be(key);
    }

    [Theory]
    [InlineData("E-ViLM: Efficient Video-Language Model", "doe2024evilm")]
    [InlineData("Vision/Language Pretraining", "doe2024vision")]
    [InlineData("GPT:Models at Scale", "doe2024gpt")]
    [InlineData("— Results", "doe2024results")]
    [InlineData("“Quoted” Title", "doe2024quoted")]
    [InlineData("3D Shapes", "doe20243d")]
    public void Title_words_end_at_spaces_colons_and_slashes_and_keep_only_letters_and_digits(string title, string key)
    {
        Key(title).Should().Be(key);
    }

    [Theory]
    [InlineData("Jürgen Müller", "muller")]
    [InlineData("Hans Weiß", "weiss")]
    [InlineData("Morten Øbro", "obro")]
    [InlineData("Anne Lærke", "laerke")]
    [InlineData("Paul Cœur", "coeur")]
    [InlineData("Jan Łukasiewicz", "lukasiewicz")]
    [InlineData("Ana de la Cruz", "cruz")]
    [InlineData("Ludwig van Beethoven", "beethoven")]
    [InlineData("Sean O'Brien", "obrien")]
    public void Family_names_become_lower_case_ascii_without_particles(string author, string who)
    {
        Key("Result", author).Should().Be(who + "2024result");
    }

    [Theory]
    [InlineData("{The OpenAI Team}", "openai")]
    [InlineData("{Gemini Team}", "gemini")]
    [InlineData("{The}", "the")]
    public void An_organization_is_keyed_by_its_first_significant_word(string author, string who)
    {
        Key("Result", author).Should().Be(who + "2024result");
    }

    [Theory]
    [InlineData("Result", null, "2024", "p2024result")]
    [InlineData("Result", "Jane Doe", null, "doeresult")]
    [InlineData("The A", "Jane Doe", "2024", "doe2024")]
    [InlineData("The A", null, null, "paper")]
    [InlineData("— …", null, null, "paper")]
    [InlineData("42 Answers", null, null, "p42")]
    [InlineData("Answers", null, null, "answers")]
    public void Missing_parts_are_left_out_and_a_key_never_starts_with_a_digit_or_is_empty(string title, string? authors, string? published, string key)
    {
        Key(title, authors, published).Should().Be(key);
    }

    [Fact]
    public void Equal_keys_get_letters_in_list_order()
    {
        string[] keys = BibKeys.For(new[] { Ref("Model One"), Ref("Other"), Ref("Model Two"), Ref("Model Three") });
        keys.Should().Equal("doe2024modela", "doe2024other", "doe2024modelb", "doe2024modelc");
    }

    [Fact]
    public void A_letter_that_would_repeat_another_papers_key_is_skipped()
    {
        // "Modela" is a real word here: the duplicates of "doe2024model" go on to b and c.
        string[] keys = BibKeys.For(new[] { Ref("Model One"), Ref("Modela"), Ref("Model Two") });
        keys.Should().Equal("doe2024modelb", "doe2024modela", "doe2024modelc");
    }

    [Fact]
    public void Past_z_the_letters_go_on_as_aa_ab()
    {
        string[] keys = BibKeys.For(Enumerable.Range(0, 28).Select(i => Ref("Model " + i)).ToArray());
        keys.Should().OnlyHaveUniqueItems();
        keys[0].Should().Be("doe2024modela");
        keys[25].Should().Be("doe2024modelz");
        keys[26].Should().Be("doe2024modelaa");
        keys[27].Should().Be("doe2024modelab");
    }

    [Fact]
    public void The_same_papers_in_the_same_order_get_the_same_keys()
    {
        Reference[] references = { Ref("Model One"), Ref("Model Two"), Ref("Other") };
        BibKeys.For(references).Should().Equal(BibKeys.For(references.ToArray()));
        BibKeys.For(new[] { references[1], references[0] }).Should().Equal("doe2024modela", "doe2024modelb");
    }
}
