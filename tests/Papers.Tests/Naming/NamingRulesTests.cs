using System.Globalization;
using System.Text;
using Papers.Naming;

namespace Papers.Tests.Naming;

/// <summary>The tables and boundaries of the naming rules, one rule each (found by mutation testing).</summary>
public class NamingRulesTests
{
    public static TheoryData<char> DecomposableLatin => new(Enumerable.Range(0x00C0, 0x0180 - 0x00C0).Select(i => (char)i)
        .Where(c => c.ToString().Normalize(NormalizationForm.FormD) is { Length: > 1 } d && d[0] < 128 && char.IsLetter(d[0])));

    [Theory]
    [MemberData(nameof(DecomposableLatin))]
    public void Each_accented_Latin_letter_folds_to_its_base_letter(char letter)
    {
        // Unicode's own decomposition is the independent witness for the table (which exists to not depend on ICU).
        Latin.Fold(letter).Should().Be(letter.ToString().Normalize(NormalizationForm.FormD)[0].ToString(), $"U+{(int)letter:X4} {letter}");
    }

    [Theory]
    [InlineData('Æ', "AE")]
    [InlineData('æ', "ae")]
    [InlineData('Œ', "OE")]
    [InlineData('œ', "oe")]
    [InlineData('ß', "ss")]
    [InlineData('Þ', "TH")]
    [InlineData('þ', "th")]
    [InlineData('Ø', "O")]
    [InlineData('ø', "o")]
    [InlineData('Ð', "D")]
    [InlineData('ð', "d")]
    [InlineData('Đ', "D")]
    [InlineData('đ', "d")]
    [InlineData('Ħ', "H")]
    [InlineData('ħ', "h")]
    [InlineData('Ł', "L")]
    [InlineData('ł', "l")]
    [InlineData('ı', "i")]
    [InlineData('ª', "a")]
    [InlineData('º', "o")]
    [InlineData('Ŀ', "L")]
    [InlineData('ŀ', "l")]
    [InlineData('Ŧ', "T")]
    [InlineData('ŧ', "t")]
    public void Letters_without_a_decomposition_fold_by_the_table(char letter, string ascii)
    {
        Latin.Fold(letter).Should().Be(ascii);
    }

    [Theory]
    [InlineData('a')]
    [InlineData('©')]
    [InlineData('γ')]
    [InlineData('Я')]
    public void Other_characters_do_not_fold(char c)
    {
        Latin.Fold(c).Should().BeNull();
    }

    [Fact]
    public void The_Greek_alphabet_is_spelled_out_in_both_cases()
    {
        string[] names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho"];
        string[] after = ["sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"];
        for (int i = 0; i < names.Length; i++)
        {
            Greek.Spell((char)('α' + i)).Should().Be(names[i]);
            Greek.Spell((char)('Α' + i)).Should().Be(names[i]);
        }

        Greek.Spell('ς').Should().Be("sigma", "final sigma");
        for (int i = 0; i < after.Length; i++)
        {
            Greek.Spell((char)('σ' + i)).Should().Be(after[i]);
            Greek.Spell((char)('Σ' + i)).Should().Be(after[i]);
        }

        Greek.Spell('\u03A2').Should().BeNull("U+03A2 is unassigned");
        Greek.Spell('ϕ').Should().Be("phi");
        Greek.Spell('ϵ').Should().Be("epsilon");
        Greek.Spell('ϑ').Should().Be("theta");
        Greek.Spell('a').Should().BeNull();
        Greek.Spell('\u03B0').Should().BeNull("just below alpha");
        Greek.Spell('\u03CA').Should().BeNull("just above omega");
    }

    [Theory]
    [InlineData('a', true)]
    [InlineData('z', true)]
    [InlineData('A', true)]
    [InlineData('Z', true)]
    [InlineData('0', true)]
    [InlineData('9', true)]
    [InlineData('`', false)]
    [InlineData('{', false)]
    [InlineData('@', false)]
    [InlineData('[', false)]
    [InlineData('/', false)]
    [InlineData(':', false)]
    [InlineData('\u007F', false)]
    [InlineData('\u0080', false)]
    [InlineData('é', true)]
    [InlineData('Я', true)]
    [InlineData('\u0663', true)]
    [InlineData('\u00B2', false)]
    [InlineData('\u0301', false)]
    public void Word_characters_are_letters_and_decimal_digits(char c, bool word)
    {
        Words.IsWordChar(c).Should().Be(word, $"U+{(int)c:X4}");
    }

    [Theory]
    [InlineData("E-ViLM", new[] { "E", "ViLM" })]
    [InlineData("LLM's agents", new[] { "LLMs", "agents" })]
    [InlineData("LLM\u2019s", new[] { "LLMs" })]
    [InlineData("$\\mathcal{O}(n)$ time", new[] { "O", "n", "time" })]
    [InlineData("Müller e\u0301te", new[] { "Muller", "ete" })]
    [InlineData("$γ-$MoD", new[] { "gamma", "MoD" })]
    [InlineData("a\\", new[] { "a" })]
    [InlineData("x\\1y", new[] { "x", "1y" })]
    [InlineData("Straße Ωmega", new[] { "Strasse", "omega", "mega" })]
    [InlineData("١٢٣ 3D", new[] { "١٢٣", "3D" })]
    [InlineData("aγb", new[] { "a", "gamma", "b" })]
    [InlineData("ab\\x1", new[] { "ab", "1" })]
    [InlineData("", new string[0])]
    public void Titles_split_into_folded_words(string title, string[] words)
    {
        Words.Split(title).Should().Equal(words);
    }

    [Fact]
    public void Slugs_stop_at_a_whole_word_within_the_limit()
    {
        var words = Enumerable.Repeat("abcdefghij", 20).ToList();
        string slug = Slug.FromWords(words);

        slug.Length.Should().BeLessThanOrEqualTo(Slug.MaxLength).And.BeGreaterThan(Slug.MaxLength - 11);
        slug.Split('-').Should().OnlyContain(w => w == "abcdefghij");
        Slug.FromWords([new string('x', 200)]).Should().Be(new string('x', Slug.MaxLength), "one over-long word is cut");
        Slug.FromWords(["Ab", "CD"]).Should().Be("ab-cd");
        Slug.FromWords([]).Should().Be("untitled");

        // Exactly at the limit: a word that ends the slug on its last allowed character is kept.
        string first = new string('a', Slug.MaxLength - 4);
        Slug.FromWords([first, "bcd"]).Should().Be(first + "-bcd").And.HaveLength(Slug.MaxLength);
        Slug.FromWords([first, "bcde"]).Should().Be(first);
        Slug.FromWords([new string('x', Slug.MaxLength)]).Should().HaveLength(Slug.MaxLength);
    }
}
