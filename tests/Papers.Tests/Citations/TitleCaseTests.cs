using Papers.Citations;

namespace Papers.Tests.Citations;

/// <summary>
/// Title casing rule by rule: citeproc-js's capitalize-only title case (its stop-word list, word by word), the
/// style guides' headline and sentence case, and the typographic polish every printed string gets.
/// </summary>
public class TitleCaseTests
{
    // citeproc-js's CSL.SKIP_WORDS (single words), the spec these tests hold the list to.
    public static readonly TheoryData<string> CiteprocStopWords = new()
    {
        "about", "above", "across", "afore", "after", "against", "al", "along", "alongside", "amid", "amidst", "among",
        "amongst", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "circa",
        "despite", "down", "during", "et", "except", "for", "forenenst", "from", "given", "in", "inside", "into", "lest",
        "like", "modulo", "near", "next", "notwithstanding", "of", "off", "on", "onto", "out", "over", "per", "plus",
        "pro", "qua", "sans", "since", "than", "through", "throughout", "thruout", "till", "to", "toward", "towards",
        "under", "underneath", "until", "unto", "up", "upon", "versus", "vs", "via",
        "with", "within", "without", "or", "yet", "so", "and", "nor", "an", "the", "de", "von", "van", "ca",
    };

    // Chicago's and MLA's minor words.
    // ("a" too, but a lone capital A reads as a name and is kept: see the acronym rule.)
    public static readonly TheoryData<string> MinorWords = new()
    {
        "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "with", "from", "into", "onto", "over", "upon", "than",
    };

    [Theory]
    [MemberData(nameof(CiteprocStopWords))]
    public void A_stop_word_inside_a_title_keeps_its_lower_case(string word)
    {
        TitleCase.Capitalize($"models {word} data").Should().Be($"Models {word} Data");
    }

    [Theory]
    [MemberData(nameof(CiteprocStopWords))]
    public void A_stop_word_that_ends_the_title_or_begins_it_gets_a_capital(string word)
    {
        string upper = char.ToUpperInvariant(word[0]) + word[1..];
        TitleCase.Capitalize($"models {word}").Should().Be($"Models {upper}");
        TitleCase.Capitalize($"{word} models").Should().Be($"{upper} Models");
    }

    [Theory]
    [InlineData("aboutness", "Aboutness")]
    [InlineData("models", "Models")]
    [InlineData("thru", "Thru")]
    [InlineData("ab", "Ab")]
    public void Words_that_only_look_like_stop_words_get_capitals(string word, string cased)
    {
        TitleCase.Capitalize($"the {word} study").Should().Be($"The {cased} Study");
    }

    [Theory]
    [InlineData("deep learning: a survey", "Deep Learning: A Survey")]
    [InlineData("what now? a study of it", "What Now? A Study of It")]
    [InlineData("stop! in the name of data", "Stop! In the Name of Data")]
    [InlineData("models; of data", "Models; of Data")]
    public void The_word_after_a_colon_question_or_exclamation_mark_gets_a_capital(string title, string cased)
    {
        TitleCase.Capitalize(title).Should().Be(cased);
    }

    [Theory]
    [InlineData("REM near-IR spectra", "REM Near-IR Spectra")]
    [InlineData("a near-by model of near-far", "A Near-by Model of near-Far")]
    [InlineData("in-context learning of models", "In-Context Learning of Models")]
    [InlineData("data of near, far-away", "Data of near, Far-Away")]
    public void Only_the_word_before_the_first_break_counts_when_that_break_is_a_hyphen(string title, string cased)
    {
        TitleCase.Capitalize(title).Should().Be(cased);
    }

    [Theory]
    [InlineData("iPhone apps and eBay", "iPhone Apps and eBay")]
    [InlineData("BERT of GPT", "BERT of GPT")]
    [InlineData("Already Cased Title", "Already Cased Title")]
    public void Nothing_is_ever_lowered_and_mixed_case_words_stay(string title, string cased)
    {
        string result = TitleCase.Capitalize(title);
        result.Should().Be(cased);
        if (title == cased)
        {
            result.Should().BeSameAs(title, "nothing changed, so nothing was copied");
        }
    }

    [Theory]
    [InlineData("models of a kind", "Models of a Kind")]
    [InlineData("a kind of x", "A Kind of x")]
    [InlineData("plot y of x", "Plot y of x")]
    public void One_letter_words_get_a_capital_only_first(string title, string cased)
    {
        TitleCase.Capitalize(title).Should().Be(cased);
    }

    [Theory]
    [InlineData("the v2 model", "The v2 Model")]
    [InlineData("the vsx model", "The vsx Model")]
    [InlineData("the vsxy model", "The Vsxy Model")]
    [InlineData("the va model", "The va Model")]
    public void Words_starting_v_match_the_stop_list_as_citeproc_js_does(string title, string cased)
    {
        TitleCase.Capitalize(title).Should().Be(cased);
    }

    [Fact]
    public void A_lone_greek_letter_is_never_capitalized()
    {
        TitleCase.Capitalize("γ rays and δ").Should().Be("γ Rays and δ");
        TitleCase.Headline("γ rays and δ").Should().Be("γ Rays and δ");
        TitleCase.Capitalize("γamma rays").Should().Be("Γamma Rays");
    }

    [Fact]
    public void Sixteen_letter_words_are_never_stop_words()
    {
        TitleCase.Capitalize("the notwithstandings rule").Should().Be("The Notwithstandings Rule");
    }

    [Theory]
    [InlineData("models\u00a0of\u00a0data", "Models\u00a0of\u00a0Data")]
    [InlineData("models\u2009of\u3000data", "Models\u2009of\u3000Data")]
    [InlineData("models\u205fof data", "Models\u205fof Data")]
    [InlineData("models\u200bof data", "Models\u200bof Data")]
    public void Unicode_spaces_separate_words(string title, string cased)
    {
        TitleCase.Capitalize(title).Should().Be(cased);
    }

    [Theory]
    [InlineData("data/models", "Data/Models")]
    [InlineData("data.models", "Data.Models")]
    [InlineData("data,models", "Data,Models")]
    [InlineData("data–models—text", "Data–Models—Text")]
    [InlineData("(data) [models]", "(Data) [Models]")]
    [InlineData("'data' \"models\" ‘text’ “more”", "'Data' \"Models\" ‘Text’ “More”")]
    public void Punctuation_and_quotes_separate_words(string title, string cased)
    {
        TitleCase.Capitalize(title).Should().Be(cased);
    }

    [Fact]
    public void Empty_and_punctuation_only_titles_are_left_alone()
    {
        TitleCase.Capitalize(string.Empty).Should().BeEmpty();
        TitleCase.Capitalize(" -- : ").Should().Be(" -- : ");
        TitleCase.Headline(string.Empty).Should().BeEmpty();
        TitleCase.Sentence("?!").Should().Be("?!");
    }

    [Theory]
    [MemberData(nameof(MinorWords))]
    public void Headline_case_lowers_minor_words_inside_a_title(string word)
    {
        string upper = char.ToUpperInvariant(word[0]) + word[1..];
        TitleCase.Headline($"Models {upper} Data").Should().Be($"Models {word} Data");
        TitleCase.Headline($"{word} models").Should().Be($"{upper} Models", "the first word is never minor");
        TitleCase.Headline($"models {word}").Should().Be($"Models {upper}", "nor the last");
        TitleCase.Headline($"models: {word} data").Should().Be($"Models: {upper} Data", "nor the one after a colon");
    }

    [Theory]
    [InlineData("Deep learning OF things", "Deep Learning OF Things")]
    [InlineData("e-ViLM and MLLMs for GPT-4V", "E-ViLM and MLLMs for GPT-4V")]
    [InlineData("about InterBERT", "About InterBERT")]
    [InlineData("what I learned", "What I Learned")]
    [InlineData("models like these", "Models Like These")]
    public void Headline_case_capitalizes_major_words_and_keeps_acronyms(string title, string cased)
    {
        TitleCase.Headline(title).Should().Be(cased);
    }

    [Theory]
    [InlineData("Deep Learning Of Things", "Deep learning of things")]
    [InlineData("A Survey: The Models And BERT", "A survey: The models and BERT")]
    [InlineData("What Now? Models", "What now? Models")]
    [InlineData("Why I Left GPT-4V", "Why I left GPT-4V")]
    [InlineData("deep models", "Deep models")]
    public void Sentence_case_lowers_all_but_the_first_word_and_the_one_after_a_colon(string title, string cased)
    {
        TitleCase.Sentence(title).Should().Be(cased);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("LLM's view", "LLM’s view")]
    [InlineData("'quoted' text", "‘quoted’ text")]
    [InlineData("\"quoted\" text", "“quoted” text")]
    [InlineData("a (\"b\") c", "a (“b”) c")]
    [InlineData("a [\"b\"]", "a [“b”]")]
    [InlineData("a —\"b\"", "a —“b”")]
    [InlineData("a –'b'", "a –‘b’")]
    [InlineData("a\t\"b\"", "a\t“b”")]
    [InlineData("Why ? Now : then ; or ! and »", "Why\u202F? Now\u202F: then\u202F; or\u202F! and\u202F»")]
    [InlineData("no space: here", "no space: here")]
    [InlineData("trailing ", "trailing ")]
    [InlineData(": first", ": first")]
    public void Typography_curls_quotes_and_narrows_the_space_before_marks(string text, string polished)
    {
        Typography.Polish(text).Should().Be(polished);
    }

    [Fact]
    public void Typography_returns_untouched_text_itself()
    {
        const string Text = "Nothing to polish here.";
        Typography.Polish(Text).Should().BeSameAs(Text);
    }
}
