using Papers.Citations;

namespace Papers.Tests.Citations;

/// <summary>How a raw author string becomes family, given, suffix or a literal — one rule per test.</summary>
public class PersonNameRulesTests
{
    public static readonly TheoryData<string> Particles = new()
    {
        "van", "von", "der", "den", "de", "la", "le", "du", "di", "da", "del", "della", "dos", "das", "ten", "ter", "zu", "vom", "al", "el", "bin", "ibn",
    };

    public static readonly TheoryData<string> GroupWords = new()
    {
        "Collaboration", "Consortium", "Team", "Group", "Project", "Committee", "Organization", "Institute", "University", "Laboratory", "Association", "Society",
    };

    [Theory]
    [MemberData(nameof(Particles))]
    public void A_lower_case_particle_belongs_to_the_family_name(string particle)
    {
        PersonName name = PersonName.Parse($"Ana {particle} Cruz");
        (name.Family, name.Given, name.FamilyCore, name.Particle).Should().Be(($"{particle} Cruz", "Ana", "Cruz", particle));
        PersonName.Parse($"{particle} Cruz, Ana").FamilyCore.Should().Be("Cruz");
    }

    [Fact]
    public void Other_words_before_the_family_name_are_given_names()
    {
        PersonName name = PersonName.Parse("Ana Vann Cruz");
        (name.Family, name.Given, name.Particle).Should().Be(("Cruz", "Ana Vann", string.Empty));
        PersonName.Parse("Ana Van Cruz").Family.Should().Be("Cruz", "particles are lower case: a capitalized Van is read as a given name");
    }

    [Fact]
    public void Several_particles_all_belong_to_the_family_name()
    {
        PersonName name = PersonName.Parse("Jan van der Berg");
        (name.Family, name.Given, name.FamilyCore, name.Particle).Should().Be(("van der Berg", "Jan", "Berg", "van der"));
    }

    [Fact]
    public void A_family_name_of_particles_only_keeps_its_last_word_as_the_core()
    {
        PersonName name = PersonName.Of("van der", "Jan");
        name.FamilyCore.Should().Be("der", "the last word is the core even when it could be a particle");
    }

    [Theory]
    [MemberData(nameof(GroupWords))]
    public void A_name_with_a_group_word_is_one_literal_name(string word)
    {
        PersonName name = PersonName.Parse($"The  Big {word}");
        (name.IsLiteral, name.Family, name.Given).Should().Be((true, $"The Big {word}", string.Empty));
        name.ToString().Should().Be($"The Big {word}");
    }

    [Theory]
    [InlineData("{World Health Organization}", "World Health Organization")]
    [InlineData("  {Caf\\'e  Society}  ", "Café Society")]
    [InlineData("{OpenAI}", "OpenAI")]
    public void A_braced_name_is_one_literal_name(string raw, string literal)
    {
        PersonName name = PersonName.Parse(raw);
        (name.IsLiteral, name.Family).Should().Be((true, literal));
    }

    [Theory]
    [InlineData("{A} and {B}")]
    [InlineData("{Jane} Doe")]
    [InlineData("{}")]
    public void Braces_that_do_not_wrap_the_whole_name_do_not_make_it_literal(string raw)
    {
        PersonName.Parse(raw).IsLiteral.Should().BeFalse();
    }

    [Theory]
    [InlineData("Jane\tQ.\nDoe", "Doe", "Jane Q.")]
    [InlineData("  Jane   Doe  ", "Doe", "Jane")]
    [InlineData("Jane\u00a0Doe", "Doe", "Jane")]
    [InlineData("Jane\r\nDoe", "Doe", "Jane")]
    public void Whitespace_of_any_kind_separates_words_once(string raw, string family, string given)
    {
        PersonName name = PersonName.Parse(raw);
        (name.Family, name.Given).Should().Be((family, given));
    }

    [Theory]
    [InlineData("J.P.Smith", "Smith", "J.P.")]
    [InlineData("A.B", "A.B", "")]
    [InlineData("A.Bc", "Bc", "A.")]
    [InlineData("1.Smith", "1.Smith", "")]
    [InlineData("J.-Smith", "J.-Smith", "")]
    [InlineData("Maria J.Smith", "Smith", "Maria J.")]
    public void Initials_glued_to_a_family_name_split_only_before_a_word(string raw, string family, string given)
    {
        PersonName name = PersonName.Parse(raw);
        (name.Family, name.Given).Should().Be((family, given));
    }

    [Theory]
    [InlineData("Jr.", "Jr.", "")]
    [InlineData("Smith Jr.", "Jr.", "Smith")]
    [InlineData("Smith, Jr.", "Smith", "")]
    public void A_suffix_needs_a_given_and_a_family_name_before_it(string raw, string family, string given)
    {
        // "Smith Jr." has one word before the suffix, so the suffix rule leaves it as given and family name.
        PersonName name = PersonName.Parse(raw);
        (name.Family, name.Given).Should().Be((family, given));
    }

    [Theory]
    [InlineData("Smith, Jr., John", "Smith", "John", "Jr.")]
    [InlineData("Smith, Paul, John", "Smith", "Paul, John", "")]
    [InlineData("Smith,, John", "Smith", ", John", "")]
    public void Two_commas_mean_a_suffix_only_when_the_middle_part_is_one(string raw, string family, string given, string suffix)
    {
        PersonName name = PersonName.Parse(raw);
        (name.Family, name.Given, name.Suffix).Should().Be((family, given, suffix));
    }

    [Theory]
    [InlineData("Jane Doe", "Jane Doe")]
    [InlineData("Martin Luther King Jr.", "Martin Luther King, Jr.")]
    [InlineData("Plato", "Plato")]
    [InlineData("{The Team}", "The Team")]
    public void A_name_reads_back_in_display_order_with_its_suffix_after_a_comma(string raw, string text)
    {
        PersonName.Parse(raw).ToString().Should().Be(text);
    }

    [Fact]
    public void A_suffix_without_given_names_still_reads_back()
    {
        PersonName.Of("King", string.Empty, "Jr.").ToString().Should().Be("King, Jr.");
    }

    [Theory]
    [InlineData("Plato", "", false)]
    [InlineData("de Gaulle", "", false)]
    [InlineData("Big Science", "", true)]
    [InlineData("Doe", "Jane", false)]
    public void Parts_without_given_names_and_with_spaces_are_literal_unless_a_particle_leads(string family, string given, bool literal)
    {
        PersonName.Of(family, given).IsLiteral.Should().Be(literal);
    }

    [Theory]
    [InlineData("Jean-Pierre", ". ", true, "J.-P.")]
    [InlineData("Jean-Pierre", "", false, "JP")]
    [InlineData("Jean-Pierre", ".", false, "J.P.")]
    [InlineData("Hsien-chung", ". ", true, "H.")]
    [InlineData("Hsien-chung", "", true, "H chung")]
    [InlineData("V.N.", ". ", true, "V. N.")]
    [InlineData("Yu.", ". ", true, "Yu.")]
    [InlineData("L.Delle", ". ", true, "L. D.")]
    [InlineData("Ileana  Maria", ". ", true, "I. M.")]
    [InlineData("C. -P.", ". ", true, "C.-P.")]
    [InlineData("'Anna", ". ", true, "A.")]
    [InlineData("", ". ", true, "")]
    public void Initials_follow_citeprocs_forms(string given, string with, bool keepHyphen, string initials)
    {
        PersonName.Of("Doe", given).Initials(with, keepHyphen).Should().Be(initials);
    }

    [Fact]
    public void Initials_of_one_name_in_several_forms_never_mix_up()
    {
        PersonName name = PersonName.Of("Doe", "Jean-Pierre");
        name.Initials(". ").Should().Be("J.-P.");
        name.Initials("").Should().Be("J-P");
        name.Initials("", keepHyphen: false).Should().Be("JP");
        name.Initials(". ").Should().Be("J.-P.");
    }

    [Theory]
    [InlineData("V.N.", ". ", "V. N.")]
    [InlineData("C.-P.", ". ", "C. P.")]
    [InlineData("Tanya M", ". ", "Tanya M.")]
    [InlineData("Tanya M", "", "Tanya M")]
    [InlineData("L.Delle", ". ", "L. Delle")]
    [InlineData("V.N.", "", "VN")]
    [InlineData("Anna Lisa", ". ", "Anna Lisa")]
    [InlineData("ABC.", ". ", "ABC.")]
    [InlineData("a.", ". ", "a.")]
    public void Given_names_keep_full_words_and_space_out_initials(string given, string with, string normalized)
    {
        PersonName.Of("Doe", given).GivenNormalized(with).Should().Be(normalized);
    }
}
