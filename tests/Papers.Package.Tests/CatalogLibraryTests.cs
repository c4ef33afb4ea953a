namespace Papers.Package.Tests;

/// <summary>
/// Catalogs in their own class libraries, as a user lays out a big reading list: an app references two catalog
/// libraries (different <c>PapersNamespace</c>) and gets the Papers package only through them. It declares no
/// digests, so it gets no catalog of its own and no warning, and its <c>[PaperId]</c> strings are checked against
/// both libraries.
/// </summary>
[Collection(PackageCollection.Name)]
public class CatalogLibraryTests(PackedPackage package)
{
    private const string Mar11 = """
        Mar 11

        E-ViLM: Efficient Video-Language Model via Masked Video Modeling

        To build scalable models for video tasks, we pretrain with masked video modeling.
        """;

    private const string Mar12 = """
        Mar 12

        Quiet Paper About Nothing In Particular

        This abstract names no topic of the default taxonomy and no term of the lab's own file at all.
        """;

    private const string Program = """
        using System;

        Console.WriteLine($"lab={Lab.Reading.PaperCatalog.EViLM.ShortName}");
        Console.WriteLine($"other={Other.Reading.Library.QuietPaperAboutNothingInParticular.Title}");
        Console.WriteLine($"own={(typeof(Check).Assembly.GetType("App.PaperCatalog") is null ? "none" : "generated")}");
        Check.Id("e-vilm");
        Check.Id("QuietPaperAboutNothingInParticular");

        static class Check
        {
            public static void Id([Papers.PaperId] string id) { }
        }
        """;

    [Fact]
    public void An_app_that_references_two_catalog_libraries_gets_no_catalog_of_its_own_and_checks_strings_against_both()
    {
        Library("LabPapers", "Lab.Reading", "PaperCatalog", Mar11);
        Library("OtherPapers", "Other.Reading", "Library", Mar12);
        string app = package.CreateConsumer("App", Program, new Dictionary<string, string>(), ConsumerProject.Default);

        // The app names no Papers package of its own: it comes through the libraries.
        File.WriteAllText(Path.Combine(app, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>App</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../LabPapers/LabPapers.csproj" />
                <ProjectReference Include="../OtherPapers/OtherPapers.csproj" />
              </ItemGroup>
            </Project>
            """);

        DotNet.Result run = package.Dotnet(app, "run", "--disable-build-servers");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("lab=E-ViLM").And.Contain("other=Quiet Paper About Nothing In Particular").And.Contain("own=none")
            .And.NotContain("warning", "treated as errors, and none is expected");

        File.WriteAllText(Path.Combine(app, "Program.cs"), Program.Replace("Check.Id(\"e-vilm\");", "Check.Id(\"e-vlim\");", StringComparison.Ordinal));
        DotNet.Result typo = package.Dotnet(app, "build", "--disable-build-servers");
        typo.ExitCode.Should().NotBe(0);
        typo.Output.Should().MatchRegex(@"Program\.cs\(6,10\): error PAPER018: 'e-vlim' is not a paper of PaperCatalog or Library; did you mean [^\r\n]*\(EViLM\)");
    }

    private void Library(string name, string ns, string className, string digest) =>
        package.CreateConsumer(name, "namespace " + ns + " { internal static class Marker { } }",
            new Dictionary<string, string> { ["digests/papers.txt"] = digest },
            new ConsumerProject(
                $"<OutputType>Library</OutputType><PapersNamespace>{ns}</PapersNamespace><PapersClassName>{className}</PapersClassName><PapersIds>true</PapersIds>",
                """<PaperDigest Include="digests/*.txt" />"""));
}
