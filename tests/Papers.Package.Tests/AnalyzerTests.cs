namespace Papers.Package.Tests;

/// <summary>
/// The analyzers and the code fix as a user meets them: strings that name no paper warn in a packaged build
/// (through the user's own helper and through Papers.Testing's ContainPaper), and <c>dotnet format</c> applies the
/// typed-member fix from the package to a consumer, which then builds and runs.
/// </summary>
[Collection(PackageCollection.Name)]
public class AnalyzerTests(PackedPackage package)
{
    private const string Digest = """
        Mar 11

        E-ViLM: Efficient Video-Language Model via Masked Video Modeling

        To build scalable models for video tasks, we pretrain with masked video modeling.

        Tiny Pruner: Token Pruning for Phones

        We study token pruning on-device and show that phones run vision transformers twice as fast.
        """;

    private const string Program = """
        using System.Linq;
        using FluentAssertions;
        using Papers;
        using Papers.Testing;

        var evilm = Reading.PaperCatalog.All.Single(p => p.Id == "e-vilm-efficient-video-language-model-via-masked-video-modeling");
        var pruner = PaperTheoryData.Find(Reading.PaperCatalog.All, "tiny-pruner-token-pruning-for-phones");
        System.Console.WriteLine($"evilm={evilm.ShortName},pruner={pruner.ShortName}");
        Check("e-vilm-efficient");
        static void Never() => Reading.PaperCatalog.All.Should().ContainPaper("tiny-prunr");

        static void Check([PaperId] string id) { }
        """;

    [Fact]
    public void Unknown_ids_warn_at_the_literal_and_dotnet_format_writes_the_typed_members()
    {
        string consumer = package.CreateConsumer("Checked", Program,
            new Dictionary<string, string> { ["digests/mar11.txt"] = Digest },
            new ConsumerProject(string.Empty, $"""
                <PaperDigest Include="digests/*.txt" />
                <PackageReference Include="Papers.Testing" Version="{package.Version}" />
                """, WarningsAsErrors: false));

        DotNet.Result build = package.Dotnet(consumer, "build", "--disable-build-servers");
        build.ExitCode.Should().Be(0, build.ToString());
        build.Output.Should()
            .MatchRegex(@"Program\.cs\(9,7\): warning PAPER018: 'e-vilm-efficient' is not a paper of PaperCatalog; did you mean 'e-vilm-efficient-video-language-model-via-masked-video-modeling' \(EViLM\)")
            .And.MatchRegex(@"Program\.cs\(10,71\): warning PAPER018: 'tiny-prunr' is not a paper of PaperCatalog; did you mean 'tiny-pruner-token-pruning-for-phones' \(TinyPruner\)", "Papers.Testing marks ContainPaper")
            .And.NotContain("AD0001");

        DotNet.Result format = package.Dotnet(consumer, "format", "analyzers", "Checked.csproj", "--diagnostics", "PAPER020", "--severity", "info");
        format.ExitCode.Should().Be(0, format.ToString());
        string fixedProgram = File.ReadAllText(Path.Combine(consumer, "Program.cs"));
        fixedProgram.Should().Contain("var evilm = Reading.PaperCatalog.EViLM;").And.Contain("var pruner = Reading.PaperCatalog.TinyPruner;");

        DotNet.Result run = package.Dotnet(consumer, "run", "--disable-build-servers");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("evilm=E-ViLM,pruner=Tiny Pruner");
    }
}
