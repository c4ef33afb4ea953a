extern alias PapersRuntime;

using Microsoft.CodeAnalysis;
using Papers.Generators.Analyzers;

namespace Papers.Generators.Tests.Analyzers;

/// <summary>PAPER018 and PAPER019: constants that reach a <c>[PaperId]</c> member are checked against the catalog.</summary>
public class PaperIdAnalyzerTests
{
    internal const string Digest = """
        Mar 11

        E-ViLM: Efficient Video-Language Model via Masked Video Modeling

        To build scalable models for video tasks, we pretrain with masked video modeling.

        Tiny Pruner: Token Pruning for Phones

        We study token pruning on-device and show that phones run vision transformers twice as fast.

        Yi: Open Foundation Models

        We introduce the Yi model family, a series of language and multimodal models.

        Yi: Another Paper With The Same Short Name

        A second paper whose short name is Yi, so that a look-up by short name matches two papers.
        """;

    internal static readonly DigestInput[] Digests = [new("digests/mar11.txt", Digest)];

    private const string EViLMId = "e-vilm-efficient-video-language-model-via-masked-video-modeling";

    private static async Task<IReadOnlyList<Diagnostic>> Diagnose(string body, IEnumerable<DigestInput>? digests = null)
    {
        string source = $$"""
            using System.Collections.Generic;
            using Papers;
            namespace Xunit { public sealed class InlineDataAttribute(params object[] data) : System.Attribute { public object[] Data { get; } = data; } }
            namespace Consumer
            {
                public static class Helpers
                {
                    public static void Expect([PaperId] string id) { }
                    public static void ExpectAll([PaperId] params string[] ids) { }
                    public static void Free(string text) { }
                }

                public sealed class ReadingAttribute([PaperId] string id) : System.Attribute { public string Id { get; } = id; [PaperId] public string? Also { get; set; } }

                public sealed class Holder { [PaperId] public string Id { get; set; } = ""; [PaperId] public string Field = ""; }

                {{body}}
            }
            """;
        var (_, diagnostics) = await GeneratorHarness.Analyze(digests ?? Digests, source, new PaperIdAnalyzer());
        return diagnostics;
    }

    private static string At(Diagnostic d) => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan);

    [Fact]
    public async Task A_literal_that_names_no_paper_is_a_warning_at_the_literal_with_the_nearest_ids()
    {
        var diagnostics = await Diagnose("""static class Uses { static void M() => Helpers.Expect("e-vilm-efficient"); }""");

        Diagnostic d = diagnostics.Should().ContainSingle().Subject;
        d.Id.Should().Be("PAPER018");
        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        At(d).Should().Be("\"e-vilm-efficient\"");
        d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should()
            .StartWith($"'e-vilm-efficient' is not a paper of PaperCatalog; did you mean '{EViLMId}' (EViLM)");
    }

    [Theory]
    [InlineData(EViLMId)]
    [InlineData("EViLM")]
    [InlineData("e-vilm")]
    [InlineData("Tiny Pruner")]
    [InlineData("E-ViLM: Efficient Video-Language Model via Masked Video Modeling")]
    public async Task An_id_member_name_short_name_or_title_of_a_paper_passes(string text)
    {
        (await Diagnose($$"""static class Uses { static void M() => Helpers.Expect("{{text}}"); }""")).Should().BeEmpty();
    }

    [Fact]
    public async Task Constants_inline_data_rows_params_assignments_initializers_and_attributes_are_all_checked()
    {
        var diagnostics = await Diagnose("""
            static class Uses
            {
                const string Missing = "no-such-paper-1";
                static void M()
                {
                    Helpers.Expect(Missing);
                    Helpers.ExpectAll("EViLM", "no-such-paper-2");
                    new Holder().Id = "no-such-paper-3";
                    new Holder { Field = "no-such-paper-4" };
                    Helpers.Free("not checked: the parameter is not marked");
                }

                [Xunit.InlineData("no-such-paper-5", "free text")]
                [Xunit.InlineData("TinyPruner", "free text")]
                static void Row([PaperId] string id, string other) { }

                [Reading("no-such-paper-6", Also = "no-such-paper-7")]
                static void Read() { }
            }

            public sealed class Initialized { [PaperId] public string Id { get; } = "no-such-paper-8"; [PaperId] public const string Field = "no-such-paper-9"; }
            """);

        diagnostics.Should().OnlyContain(d => d.Id == "PAPER018");
        diagnostics.Select(At).Order(StringComparer.Ordinal).Should().Equal(
            "\"no-such-paper-2\"", "\"no-such-paper-3\"", "\"no-such-paper-4\"", "\"no-such-paper-5\"",
            "\"no-such-paper-6\"", "\"no-such-paper-7\"", "\"no-such-paper-8\"", "\"no-such-paper-9\"", "Missing");
    }

    [Fact]
    public async Task A_string_close_to_nothing_gets_no_guess()
    {
        var diagnostics = await Diagnose("""static class Uses { static void M() => Helpers.Expect("zzzzzzzzzzzzzzzzzzzzzzzzzzzz"); }""");
        diagnostics.Should().ContainSingle().Which.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should()
            .Be("'zzzzzzzzzzzzzzzzzzzzzzzzzzzz' is not a paper of PaperCatalog; no paper's id or name is close to it");
    }

    [Fact]
    public async Task Without_digests_there_is_nothing_to_check_against_and_nothing_is_reported()
    {
        (await Diagnose("""static class Uses { static void M() => Helpers.Expect("anything"); }""", [])).Should().BeEmpty();
    }

    [Fact]
    public async Task PaperId_on_a_member_that_holds_no_string_is_an_error_at_the_attribute()
    {
        var diagnostics = await Diagnose("""
            static class Wrong
            {
                static void M([PaperId] int id, [PaperId] string fine, [PaperId] string[] alsoFine) { }
                [PaperId] static System.Uri? Link { get; set; }
            }
            """);

        diagnostics.Should().HaveCount(2).And.OnlyContain(d => d.Id == "PAPER019" && d.Severity == DiagnosticSeverity.Error);
        diagnostics.Select(At).Should().Equal("PaperId", "PaperId");
        diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Should().BeEquivalentTo(
            "[PaperId] marks strings that name papers, but 'id' is a int; remove the attribute or make it a string",
            "[PaperId] marks strings that name papers, but 'Link' is a System.Uri?; remove the attribute or make it a string");
    }

    [Theory]
    [MemberData(nameof(AdversarialCorpusTests.Files), MemberType = typeof(AdversarialCorpusTests))]
    public async Task Over_the_adversarial_corpus_every_title_and_id_names_its_paper_and_nothing_throws(string file)
    {
        DigestInput digest = AdversarialCorpusTests.Digest(file);
        var papers = PapersRuntime::Papers.DigestLoader.Parse(digest.Text, digest.Path).Papers;
        papers.Should().NotBeEmpty();
        string calls = string.Concat(papers.SelectMany(p => new[] { p.Title, p.Id }).Select(text =>
            $"Helpers.Expect({Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true)});\n"));

        var diagnostics = await Diagnose("static class Uses { static void M() {\n" + calls + "Helpers.Expect(\"no-such-paper\"); } }", [digest]);

        diagnostics.Should().ContainSingle("only the one literal that names no paper").Which.Id.Should().Be("PAPER018");
    }

    [Fact]
    public void The_nearest_suggestions_rank_a_shortened_id_before_a_distant_one_and_stop_at_three()
    {
        var papers = new[] { "alpha-beta-gamma", "alpha-beta", "alpine", "zeta", "alphabet-soup" }
            .Select(id => new IndexedPaper(id, "M" + id.Replace("-", string.Empty, StringComparison.Ordinal), id, id, "PaperCatalog")).ToList();

        Suggestions.Nearest("alpha-bet", papers, 3).Select(p => p.Id).Should().Equal("alpha-beta", "alpha-beta-gamma", "alphabet-soup");
        Suggestions.Nearest("qqqqqq", papers, 3).Should().BeEmpty();
    }
}
