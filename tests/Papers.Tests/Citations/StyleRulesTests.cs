using Papers.Citations;
using Papers.Citations.Styles;

namespace Papers.Tests.Citations;

/// <summary>
/// The rules every style shares (quotes, years, sort keys, telling authors apart), one rule per test: the style tests
/// reach them only through whole references, where one broken rule can hide behind another.
/// </summary>
public class StyleRulesTests
{
    private static Paper Paper(string title, string? metadata = null) => CitedPaper.From(title, metadata);

    private static Reference Ref(string title, string? authors = null, string? published = "2024-03-05") =>
        Reference.Of(CitedPaper.With(title, authors, published));

    [Theory]
    [InlineData(CitationStyle.Apa, typeof(ApaStyle))]
    [InlineData(CitationStyle.Mla, typeof(MlaStyle))]
    [InlineData(CitationStyle.ChicagoAuthorDate, typeof(ChicagoStyle))]
    [InlineData(CitationStyle.Ieee, typeof(IeeeStyle))]
    [InlineData(CitationStyle.Harvard, typeof(HarvardStyle))]
    [InlineData(CitationStyle.Vancouver, typeof(VancouverStyle))]
    public void Each_style_value_has_its_own_rules(CitationStyle style, Type rules)
    {
        StyleRules.For(style).Should().BeOfType(rules);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    [InlineData(int.MaxValue)]
    public void An_undefined_style_value_is_an_argument_error_naming_the_style(int value)
    {
        Action act = () => StyleRules.For((CitationStyle)value);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("style");
    }

    [Theory]
    [InlineData(CitationStyle.Apa, false, true, "")]
    [InlineData(CitationStyle.ChicagoAuthorDate, false, true, "")]
    [InlineData(CitationStyle.Harvard, false, true, "")]
    [InlineData(CitationStyle.Mla, false, false, "")]
    [InlineData(CitationStyle.Ieee, true, false, "[7] ")]
    [InlineData(CitationStyle.Vancouver, true, false, "7. ")]
    public void Numbered_styles_label_entries_and_author_date_styles_use_year_letters(CitationStyle style, bool numbered, bool yearLetters, string label)
    {
        StyleRules rules = StyleRules.For(style);
        rules.IsNumbered.Should().Be(numbered);
        rules.UsesYearSuffix.Should().Be(yearLetters);
        rules.Label(7).Should().Be(label);
    }

    [Fact]
    public void Author_date_sort_keys_are_names_then_a_four_digit_year_then_title()
    {
        Reference reference = Ref("The Big Result", "Jane Doe and Ann Roe", "0987-01-01");
        StyleRules.For(CitationStyle.ChicagoAuthorDate).SortKeys(reference).Should().Equal("doe jane roe ann", "0987", "the big result");
    }

    [Fact]
    public void Without_authors_the_title_sorts_in_their_place_and_no_year_sorts_last()
    {
        Reference reference = Ref("The Big Result", published: null);
        reference.Year.Should().BeNull();
        StyleRules.For(CitationStyle.Apa).SortKeys(reference).Should().Equal("the big result", "9999", "the big result");
    }

    [Fact]
    public void Mla_sorts_on_names_and_title_without_the_year()
    {
        StyleRules.For(CitationStyle.Mla).SortKeys(Ref("Zeta", "Jane Doe", "2020")).Should().Equal("doe jane", "zeta");
        StyleRules.For(CitationStyle.Mla).SortKeys(Ref("Zeta", published: "2020")).Should().Equal("zeta", "zeta");
    }

    [Theory]
    [InlineData("Jane Doe, John Smith, Ann Roe", "doe jane")]
    [InlineData("Jane Doe, John Smith", "doe jane smith john")]
    public void Only_the_names_an_entry_shows_are_sorted_on(string authors, string key)
    {
        // MLA shows one name before "et al." from three authors on; citeproc-js sorts on what is shown.
        StyleRules.For(CitationStyle.Mla).SortKeys(Ref("Title", authors))[0].Should().Be(key);
    }

    [Fact]
    public void Particles_sort_after_the_family_core_where_the_style_demotes_them()
    {
        // Chicago sorts "de la Cruz" under C, with the particle last; MLA keeps the whole family name.
        StyleRules.For(CitationStyle.ChicagoAuthorDate).SortKeys(Ref("T", "Ana de la Cruz"))[0].Should().Be("cruz ana de la");
        StyleRules.For(CitationStyle.Mla).SortKeys(Ref("T", "Ana de la Cruz"))[0].Should().Be("de la cruz ana");
        StyleRules.For(CitationStyle.Apa).SortKeys(Ref("T", "Ana Maria de la Cruz"))[0].Should().Be("de la cruz a m");
        StyleRules.For(CitationStyle.Harvard).SortKeys(Ref("T", "Ana Maria de la Cruz"))[0].Should().Be("cruz am de la");
    }

    [Theory]
    [InlineData("A.B.Kaidalov", "abkaidalov")]
    [InlineData("A Challenger", "a challenger")]
    [InlineData("  Leading\tand  double  spaces ", "leading and double spaces ")]
    [InlineData("Émile Zoë Ångström", "emile zoe angstrom")]
    [InlineData("ØRSTED Æther Œuvre Straße Łódź Đoković Þór Bıçak", "orsted aether oeuvre strasse lodz dokovic thor bicak")]
    [InlineData("GPT-4o: 100% (v2)!", "gpt4o 100 v2")]
    [InlineData("Nonbreaking\u00a0space\u2003em — dash", "nonbreaking space em dash")]
    [InlineData("Ωmega ΔX", "ωmega δx")]
    [InlineData("", "")]
    public void Sort_keys_compare_as_citeproc_does(string title, string key)
    {
        Probe.Key(title).Should().Be(key);
    }

    [Fact]
    public void Sort_keys_put_a_space_before_any_letter()
    {
        // "A Challenger" before "Abbas": a kept space sorts before letters in ordinal order.
        string.CompareOrdinal(Probe.Key("A Challenger"), Probe.Key("Abbas")).Should().BeNegative();
    }

    [Theory]
    [InlineData("Plain", "", "“Plain”")]
    [InlineData("Plain", ".", "“Plain.”")]
    [InlineData("Really?", ".", "“Really?”")]
    [InlineData("Stop!", ".", "“Stop!”")]
    [InlineData("Done.", ".", "“Done.”")]
    [InlineData("Really?", ",", "“Really?,”")]
    [InlineData("", ".", "“.”")]
    [InlineData("On “Dynamical Temperature”", ".", "“On ‘Dynamical Temperature.’”")]
    [InlineData("On ‘Dynamical Temperature’", ",", "“On ‘Dynamical Temperature,’”")]
    [InlineData("Anomalies of U(1)’", ".", "“Anomalies of U(1)’.”")]
    [InlineData("Shape of f”", ".", "“Shape of f’.”")]
    [InlineData("On “A ‘B’”", ".", "“On ‘A ‘B.’’”")]
    public void Quoted_titles_take_punctuation_inside_and_their_own_quotes_turn_single(string title, string punctuation, string expected)
    {
        Probe.Quote(title, punctuation).Should().Be(expected);
    }

    [Theory]
    [InlineData("2024", "", "n.d.", "2024")]
    [InlineData("2024", "b", "n.d.", "2024b")]
    [InlineData(null, "", "n.d.", "n.d.")]
    [InlineData(null, "a", "n.d.", "n.d.-a")]
    [InlineData(null, "c", "no date", "no date-c")]
    public void Years_carry_their_letter_and_a_missing_year_keeps_it_after_a_hyphen(string? published, string suffix, string missing, string expected)
    {
        Reference reference = Ref("T", "Jane Doe", published);
        Probe.YearOf(reference, new EntryContext(1, suffix, TitleCasing.AsStyleFile), missing).Should().Be(expected);
    }

    [Theory]
    [InlineData("C.", new[] { "C.-H." }, "C.")]
    [InlineData("C.", new[] { "C." }, null)]
    [InlineData("Chen", new[] { "Cheng", "Hao" }, "C.")]
    [InlineData("Chen", new[] { "Cheng" }, null)]
    public void With_initials_only_they_are_shown_when_they_tell_the_author_from_another(string given, string[] others, string? expected)
    {
        Probe.TellApart(PersonName.Of("Chang", given), others.Append(given), initialsOnly: true).Should().Be(expected);
    }

    [Theory]
    [InlineData("Chen", new[] { "Cheng" }, "Chen")]
    [InlineData("Chen", new[] { "Hao" }, "C.")]
    [InlineData("Chen", new[] { "Hao", "Cheng" }, "Chen")]
    [InlineData("Chen Wei", new[] { "Hao" }, "C. W.")]
    public void With_full_names_allowed_they_are_shown_only_when_the_initials_are_shared(string given, string[] others, string expected)
    {
        Probe.TellApart(PersonName.Of("Chang", given), others.Append(given), initialsOnly: false).Should().Be(expected);
    }

    [Fact]
    public void First_authors_sharing_a_family_name_get_initials_in_apa_and_others_get_none()
    {
        Reference[] references =
        {
            Ref("One", "Chen Chang"),
            Ref("Two", "Hao Chang and Jane Doe"),
            Ref("Three", "Jane Doe and Chen Chang"),
            Ref("Four", "Mei Lin"),
            Ref("Five", "Chen Chang"),
            Ref("Six"),
        };

        Disambiguation[] result = StyleRules.For(CitationStyle.Apa).Disambiguate(references);

        result.Select(d => d.FirstGiven).Should().Equal("C.", "H.", null, null, "C.", null);
        result.Should().OnlyContain(d => !d.CiteTitle && !d.SameAuthorsAsPrevious);
    }

    [Fact]
    public void Chicago_shows_full_given_names_when_the_initials_are_shared()
    {
        Reference[] references = { Ref("One", "Chen Chang"), Ref("Two", "Cheng Chang"), Ref("Three", "Hao Chang") };

        StyleRules.For(CitationStyle.ChicagoAuthorDate).Disambiguate(references).Select(d => d.FirstGiven)
            .Should().Equal("Chen", "Cheng", "H.");
    }

    [Fact]
    public void A_literal_or_given_less_first_author_is_never_given_initials()
    {
        Reference[] references = { Ref("One", "{OpenAI Team}"), Ref("Two", "Chang"), Ref("Three", "Hao Chang") };
        references[0].Names[0].IsLiteral.Should().BeTrue();

        Disambiguation[] result = StyleRules.For(CitationStyle.Apa).Disambiguate(references);

        result[0].FirstGiven.Should().BeNull();
        result[1].FirstGiven.Should().BeNull("the name has no given part to show");
        result[2].FirstGiven.Should().Be("H.");
    }

    [Fact]
    public void Numbered_styles_force_nothing_on_an_entry()
    {
        Reference[] references = { Ref("One", "Chen Chang"), Ref("Two", "Hao Chang") };
        StyleRules.For(CitationStyle.Ieee).Disambiguate(references).Should().Equal(default(Disambiguation), default(Disambiguation));
    }

    [Fact]
    public void Harvard_tells_apart_citations_that_read_the_same_by_given_names()
    {
        Reference[] references =
        {
            Ref("One", "Chen Chang", "2024"),
            Ref("Two", "Hao Chang", "2024"),
            Ref("Three", "Hao Chang", "2023"),
            Ref("Four", "Mei Lin", "2024"),
        };

        Disambiguation[] result = StyleRules.For(CitationStyle.Harvard).Disambiguate(references);

        result.Select(d => d.FirstGiven).Should().Equal("C.", "H.", null, null);
        result.Should().OnlyContain(d => !d.CiteTitle, "Harvard never falls back to the title");
    }

    [Fact]
    public void Mla_adds_initials_where_they_tell_authors_apart_and_the_title_where_nothing_else_does()
    {
        Reference[] references =
        {
            Ref("Alpha", "Jane Doe", "2020"),
            Ref("Beta", "Jane Doe", "2021"),
            Ref("Gamma", "Ann Roe", "2021"),
            Ref("Delta", "Bo Roe", "2021"),
            Ref("One", "Chen Chang"),
            Ref("Two", "Hao Chang"),
            Ref("Three", "Hao Chang"),
        };

        Disambiguation[] result = StyleRules.For(CitationStyle.Mla).Disambiguate(references);

        result.Select(d => (d.FirstGiven, d.CiteTitle)).Should().Equal(
            (null, true), (null, true), ("A.", false), ("B.", false), ("C.", false), ("H.", true), ("H.", true));
        result.Select(d => d.SameAuthorsAsPrevious).Should().Equal(false, true, false, false, false, false, true);
    }

    [Fact]
    public void Ambiguity_keys_join_the_cited_names_with_the_year()
    {
        StyleRules apa = StyleRules.For(CitationStyle.Apa);
        Reference doe2024 = Ref("One", "Jane Doe", "2024");
        Reference otherDoe2024 = Ref("Two", "John Doe", "2024");
        Reference doe2023 = Ref("Three", "Jane Doe", "2023");

        apa.AmbiguityKey(doe2024, default).Should().Be(apa.AmbiguityKey(otherDoe2024, default));
        apa.AmbiguityKey(doe2024, default).Should().NotBe(apa.AmbiguityKey(doe2023, default));
        apa.AmbiguityKey(doe2024, new Disambiguation("Ja.", false, false)).Should().NotBe(apa.AmbiguityKey(otherDoe2024, new Disambiguation("Jo.", false, false)));
    }

    [Fact]
    public void Without_names_or_cited_names_the_title_decides_ambiguity()
    {
        StyleRules apa = StyleRules.For(CitationStyle.Apa);
        apa.AmbiguityKey(Ref("Same", published: "2024"), default).Should().Be(apa.AmbiguityKey(Ref("Same", published: "2024"), default));
        apa.AmbiguityKey(Ref("Same", published: "2024"), default).Should().NotBe(apa.AmbiguityKey(Ref("Other", published: "2024"), default));

        // A numbered style has no in-text names: two papers by one author are told apart by title.
        StyleRules ieee = StyleRules.For(CitationStyle.Ieee);
        ieee.AmbiguityKey(Ref("One", "Jane Doe"), default).Should().NotBe(ieee.AmbiguityKey(Ref("Two", "Jane Doe"), default));

        // A title never reads as a name list.
        apa.AmbiguityKey(Ref("Doe", published: "2024"), default).Should().NotBe(apa.AmbiguityKey(Ref("X", "Doe", "2024"), default));
    }

    [Fact]
    public void Style_guide_casing_is_headline_for_mla_and_sentence_for_apa_and_the_style_file_leaves_apa_alone()
    {
        Paper paper = Paper("learning to rank with deep networks", "Authors: Jane Doe\nPublished: 2024");

        paper.Cite(CitationStyle.Mla, CitationFormat.Text, TitleCasing.StyleGuide).Should().Contain("“Learning to Rank with Deep Networks.”");
        paper.Cite(CitationStyle.Mla, CitationFormat.Text, TitleCasing.AsStyleFile).Should().Contain("“Learning to Rank with Deep Networks.”", "MLA's style file asks for title case");
        Paper(("Learning To Rank With Deep Networks"), "Authors: Jane Doe\nPublished: 2024").Cite(CitationStyle.Apa, CitationFormat.Text, TitleCasing.StyleGuide)
            .Should().Contain("Learning to rank with deep networks.");
        paper.Cite(CitationStyle.Apa, CitationFormat.Text, TitleCasing.AsStyleFile).Should().Contain("learning to rank with deep networks.");
    }

    /// <summary>Opens the shared rules to the tests; it is no style of its own.</summary>
    private sealed class Probe : StyleRules
    {
        public override bool IsNumbered => false;

        public override void Entry(Reference reference, EntryContext context, CitationWriter writer) => throw new NotSupportedException();

        public override void InText(Reference reference, EntryContext context, CitationWriter writer) => throw new NotSupportedException();

        public static string Key(string text) => SortKey(text);

        public static string Quote(string title, string punctuation)
        {
            var writer = new CitationWriter(CitationFormat.Text);
            Quoted(writer, title, punctuation);
            return writer.ToString();
        }

        public static string YearOf(Reference reference, EntryContext context, string missing) => Year(reference, context, missing);

        public static string? TellApart(PersonName name, IEnumerable<string> givens, bool initialsOnly) => GivenToTellApart(name, givens, initialsOnly);
    }
}
