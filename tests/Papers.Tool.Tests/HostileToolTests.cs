using System.Text;
using Papers.Tests.Shared;

namespace Papers.Tool.Tests;

/// <summary>Hostile input through the packaged tool as a process: it answers with an exit code and lines, never dies.</summary>
public sealed class HostileToolTests : IDisposable
{
    private readonly TempFolder _temp = new("papers-hostile-");

    private string Dir => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("list")]
    [InlineData("stats")]
    [InlineData("bib")]
    [InlineData("cite")]
    public void A_digest_that_is_not_UTF8_is_an_input_error_for_every_command(string command)
    {
        string digest = Path.Combine(Dir, "latin1-" + command + ".txt");
        File.WriteAllBytes(digest, Encoding.Latin1.GetBytes("Mar 11\n\nCaf\u00e9 Models\n\nAn abstract.\n"));

        var (code, stdout, stderr) = Run("-i", digest, command);

        code.Should().Be(2, stderr);
        stderr.Should().Contain("PAPER001").And.Contain("nothing was written").And.NotContain("   at ");
        stdout.Should().BeEmpty();
    }

    [Theory]
    [InlineData("list")]
    [InlineData("bib")]
    public void An_unreadable_sidecar_is_an_input_error(string command)
    {
        string digest = Path.Combine(Dir, "ok.txt");
        File.WriteAllText(digest, "Mar 11\n\nA Paper\n\nAn abstract.\n");
        string bib = Path.Combine(Dir, "broken-" + command + ".bib");
        File.WriteAllText(bib, "@misc{a, title = {unterminated");

        var (code, _, stderr) = Run("-i", digest, "--sidecar", bib, command);

        code.Should().Be(2, stderr);
        stderr.Should().Contain("PAPER016");
    }

    [Fact]
    public void A_hundred_thousand_stacked_accents_in_an_author_name_are_cited()
    {
        string digest = Path.Combine(Dir, "accents.txt");
        File.WriteAllText(digest, "Mar 11, 2024\n\nA Paper\n\nAuthors: " + HostileInputs.StackedAccents(100_000) + " Doe\n\nAn abstract.\n");

        var (code, stdout, stderr) = Run("-i", digest, "cite", "--style", "apa");

        code.Should().Be(0, stderr.Length > 500 ? stderr[..500] : stderr);
        stdout.Should().Contain("Doe, ").And.Contain("(2024)");
    }

    [Fact]
    public void A_bib_macro_bomb_is_PAPER016_not_out_of_memory()
    {
        string digest = Path.Combine(Dir, "bomb.txt");
        File.WriteAllText(digest, "Mar 11\n\nA Paper\n\nAn abstract.\n");
        string path = Path.Combine(Dir, "bomb.bib");
        File.WriteAllText(path, HostileInputs.MacroBomb());

        var (code, _, stderr) = Run("-i", digest, "--sidecar", path, "list");

        code.Should().Be(2, stderr);
        stderr.Should().Contain("bomb.bib(17,").And.Contain("PAPER016").And.Contain("1,048,576 characters");
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => PapersProcess.Run(args);
}
