extern alias PapersRuntime;

using Microsoft.CodeAnalysis;
using RuntimePaper = PapersRuntime::Papers.Paper;

namespace Papers.Generators.Tests;

/// <summary>Any text in a digest compiles and comes back exactly; nothing it says becomes code.</summary>
public class HostileTextTests
{
    private static readonly string[] Titles =
    [
        "Quotes \" and ' and \\ backslashes \\\" \\u0041",
        "Comment enders */ and /* and // and /// <summary>",
        "</summary></remarks><script>alert(1)</script> & &amp; <![CDATA[ x ]]>",
        "#line 1 \"evil.cs\" and #pragma warning disable and #if X",
        "Line\u2028separator and\u2029paragraph and\u0085next-line",
        "Trojan \u202Esource\u202C \u2066isolate\u2069 \u200F marks",
        "NUL \0 and bell \a and escape \u001B[31m",
        "Astral pair \uD83D\uDE00 and \U0001D400 math",
        "class: void",
        "All",
        "\"); System.Environment.Exit(1); //",
        "{0} {1} format {{ }} $\"{x}\"",
    ];

    public static TheoryData<string> HostileTitles => new(Titles);

    [Theory]
    [MemberData(nameof(HostileTitles))]
    public void A_hostile_title_compiles_and_round_trips_exactly(string title)
    {
        string abstractText = "The abstract repeats it: " + title + " and ends here.";
        DigestInput digest = new("digests/hostile \"name\".txt", $"Mar 11\n\n{title}\n\n{abstractText}\n");
        var (output, result, diagnostics) = GeneratorHarness.Run([digest]);

        result.Results.Single().Exception.Should().BeNull();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Should().BeEmpty();
        var all = GeneratorHarness.StaticList<RuntimePaper>(GeneratorHarness.EmitAndLoad(output, [digest]), "Consumer.PaperCatalog", "All");
        all.Should().ContainSingle();
        all[0].Title.Should().Be(title);
        all[0].Abstract.Should().Be(abstractText);
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Text_that_decoded_to_replacement_characters_is_PAPER001()
    {
        // What the compiler hands over for invalid UTF-8 bytes (a lone surrogate cannot be in a UTF-8 file at all).
        var (_, _, diagnostics) = GeneratorHarness.Run([new("d.txt", "Mar 11\n\nBroken \uFFFD title\n\nAbstract.")]);
        diagnostics.Should().ContainSingle().Which.Id.Should().Be("PAPER001");
    }

    [Fact]
    public void Generated_documentation_never_carries_line_breaks_or_bidi_controls()
    {
        string title = string.Concat(Titles);
        var (_, result, _) = GeneratorHarness.Run([new("d.txt", $"Mar 11\n\n{title}\n\nAbstract.")]);
        string source = string.Concat(result.GeneratedTrees.Select(t => t.ToString()));
        source.Should().Contain("/// <summary>", "the paper has hover docs to check")
            .And.NotContainAny("\u2028", "\u2029", "\u0085", "\u202E", "\u2066", "\0", "\r");
    }
}
