using System.Text.Json;
using Papers.Tests.Shared;

namespace Papers.Package.Tests;

/// <summary>
/// What an IDE sees: a design-time build (the properties MSBuildWorkspace and the IDEs' project systems set) runs the
/// compile targets with the compiler skipped and hands back the command line it would have run, and the IDE's own
/// compiler runs the generator on it. So the digests, their metadata and the generator
/// must be on that command line as in a real build — in a fresh clone too, before anything has been built.
/// </summary>
[Collection(PackageCollection.Name)]
public class DesignTimeBuildTests(PackedPackage package)
{
    [Fact]
    public void A_design_time_build_of_a_fresh_clone_gives_the_IDE_compiler_what_the_build_gives_it()
    {
        string downstream = package.CopyRepository(Path.Combine(RepoPaths.Root, "samples", "Downstream"), "DesignTime");
        string library = Path.Combine(downstream, "Reading.Papers");
        string app = Path.Combine(downstream, "Reading");
        package.Dotnet(app, "restore", "-p:PapersVersion=" + package.Version).ExitCode.Should().Be(0);

        // Nothing is built yet: the IDE opens the clone and asks each project for its compiler command line.
        string[] designLibrary = CommandLine(library, designTime: true);
        string[] designApp = CommandLine(app, designTime: true);
        Directory.GetFiles(library, "Reading.Papers.dll", SearchOption.AllDirectories).Should().BeEmpty("a design-time build compiles nothing");

        designLibrary.Should().Contain(a => a.StartsWith("/analyzer:", StringComparison.Ordinal) && a.EndsWith("Papers.Generators.dll", StringComparison.Ordinal));
        designLibrary.Should().Contain(a => a.StartsWith("/additionalfile:", StringComparison.Ordinal) && a.EndsWith("trending-mar11.txt", StringComparison.Ordinal));
        string editorConfig = designLibrary.Single(a => a.StartsWith("/analyzerconfig:", StringComparison.Ordinal) && a.EndsWith(".editorconfig", StringComparison.Ordinal))["/analyzerconfig:".Length..];
        string settings = File.ReadAllText(Path.Combine(library, editorConfig));
        settings.Should().Contain("build_metadata.AdditionalFiles.PaperDigest = true")
            .And.Contain("build_metadata.AdditionalFiles.PaperDigestResource = Papers.Digest:digests/trending-mar11.txt")
            .And.Contain("build_metadata.AdditionalFiles.PaperDigestLinePath = ", "go to definition needs the digest's path from the generated files")
            .And.Contain("build_property.PapersVisibility = public");

        // The app declares no digest: it gets the generator (through the library's package) and no digest of its own.
        designApp.Should().Contain(a => a.StartsWith("/analyzer:", StringComparison.Ordinal) && a.EndsWith("Papers.Generators.dll", StringComparison.Ordinal));
        designApp.Should().NotContain(a => a.StartsWith("/additionalfile:", StringComparison.Ordinal) && a.EndsWith(".txt", StringComparison.Ordinal));
        designApp.Should().Contain(a => a.StartsWith("/reference:", StringComparison.Ordinal) && a.EndsWith("Reading.Papers.dll", StringComparison.Ordinal));

        // What the generator is given is the same as in a real build of the same project.
        string[] built = CommandLine(library, designTime: false);
        GeneratorInputs(designLibrary).Should().Equal(GeneratorInputs(built));
    }

    // The compiler's arguments from CoreCompile (ProvideCommandLineArgs), as IDEs read them: design-time, or a real build.
    private string[] CommandLine(string project, bool designTime)
    {
        var args = new List<string> { "msbuild", "-nologo", "-t:Compile", "-p:PapersVersion=" + package.Version, "-p:ProvideCommandLineArgs=true", "-getItem:CscCommandLineArgs" };
        if (designTime)
        {
            args.AddRange(["-p:DesignTimeBuild=true", "-p:BuildProjectReferences=false", "-p:SkipCompilerExecution=true"]);
        }

        DotNet.Result result = DotNet.Run(project, null, args.ToArray());
        result.ExitCode.Should().Be(0, result.ToString());
        string json = result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..];
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs").EnumerateArray()
            .Select(item => item.GetProperty("Identity").GetString()!).ToArray();
    }

    private static string[] GeneratorInputs(IEnumerable<string> args) => args
        .Where(a => a.StartsWith("/analyzer:", StringComparison.Ordinal) || a.StartsWith("/additionalfile:", StringComparison.Ordinal) || a.StartsWith("/analyzerconfig:", StringComparison.Ordinal) || a.StartsWith("/resource:", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).ToArray();
}
