using System.IO.Compression;
using System.Xml.Linq;
using Papers.Tests.Shared;

namespace Papers.Package.Tests;

/// <summary>The package, end to end: pack, restore from a folder feed into a fresh consumer, build, run.</summary>
[Collection(PackageCollection.Name)]
public class PackageTests(PackedPackage package)
{
    private const string Program = """
        using Reading;

        System.Console.WriteLine($"count={PaperCatalog.All.Count}");
        System.Console.WriteLine($"digests={PaperCatalog.Digests.Count}");
        System.Console.WriteLine($"evilm={PaperCatalog.EViLM.Title}");
        System.Console.WriteLine($"gamma={PaperCatalog.GammaMoD.ShortName}");
        System.Console.WriteLine($"bioscan={PaperCatalog.BIOSCAN5M.CodeUrl}");
        System.Console.WriteLine($"date={PaperCatalog._4M.Date}");
        System.Console.WriteLine($"query={Lists.MultimodalWithCode.Count}");
        System.Console.WriteLine($"id={PaperIds.BIOSCAN5M}");

        namespace Reading
        {
            /// <summary>Reading lists.</summary>
            public static partial class Lists
            {
                /// <summary>Evaluated by the generator at build time.</summary>
                [Papers.PaperQuery("topic:multimodal has:code -survey")]
                public static partial System.Collections.Generic.IReadOnlyList<Papers.Paper> MultimodalWithCode { get; }
            }
        }
        """;

    [Fact]
    public void The_package_has_runtime_generator_build_files_and_metadata()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        entries.Should().Contain(["lib/net8.0/Papers.dll", "lib/net8.0/Papers.xml", "analyzers/dotnet/cs/Papers.Generators.dll", "analyzers/dotnet/cs/Papers.CodeFixes.dll", "buildTransitive/Papers.props", "buildTransitive/Papers.targets", "README.md"]);
        entries.Should().NotContain(e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generators", StringComparison.Ordinal));
        File.Exists(Path.Combine(package.Feed, $"Papers.Testing.{package.Version}.nupkg")).Should().BeTrue();

        XDocument nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "description")!.Value.Should().NotBeNullOrWhiteSpace();
        metadata.Element(ns + "license")!.Value.Should().Be("MIT");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        metadata.Element(ns + "tags")!.Value.Should().Contain("source-generator");
        metadata.Element(ns + "repository")!.Attribute("url")!.Value.Should().StartWith("https://");
    }

    [Fact]
    public void The_tool_packs_as_a_dotnet_tool_named_papers()
    {
        string papers = package.PapersCommand;
        using ZipArchive zip = ZipFile.OpenRead(package.ToolPackagePath);
        zip.Entries.Select(e => e.FullName).Should().Contain("tools/net10.0/any/DotnetToolSettings.xml");
        using var settings = new StreamReader(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        settings.ReadToEnd().Should().Contain("<Command Name=\"papers\" EntryPoint=\"Papers.Tool.dll\"");
        // papers export writes Parquet: the tool carries the Parquet package and its library, not only our own code.
        zip.Entries.Select(e => e.FullName).Should().Contain(["tools/net10.0/any/Papers.Parquet.dll", "tools/net10.0/any/Parquet.dll", "tools/net10.0/any/Papers.dll"]);

        // Installed from the feed as a user installs it, the command writes a Parquet file.
        string parquet = Path.Combine(package.Root, "seed.parquet");
        var (code, _, stderr) = package.RunPapers(package.Root, "export", "--out", parquet);
        code.Should().Be(0, stderr);
        stderr.Should().Contain("wrote 70 papers to " + parquet);
        System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(parquet), 0, 4).Should().Be("PAR1");
        File.Exists(papers).Should().BeTrue();
    }

    [Fact]
    public void Enrich_writes_a_sidecar_that_the_packaged_build_reads_into_citations_with_authors_and_years()
    {
        // Two real records of arXiv's metadata snapshot (its own line format), and a digest that names the papers
        // by title only — one in other case, with TeX and a trailing period.
        const string Snapshot = """
            {"id":"0704.0001","submitter":"Pavel Nadolsky","authors":"C. Bal\\'azs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan","title":"Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies","comments":"37 pages","journal-ref":"Phys.Rev.D76:013009,2007","doi":"10.1103/PhysRevD.76.013009","report-no":null,"categories":"hep-ph","license":null,"abstract":"A fully differential calculation.","versions":[{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"},{"version":"v2","created":"Tue, 24 Jul 2007 20:10:27 GMT"}],"update_date":"2008-11-13","authors_parsed":[["Bal\u00e1zs","C.",""],["Berger","E. L.",""],["Nadolsky","P. M.",""],["Yuan","C. -P.",""]]}
            {"id":"0704.0002","submitter":"Louis Theran","authors":"Ileana Streinu and Louis Theran","title":"Sparsity-certifying Graph Decompositions","comments":null,"journal-ref":null,"doi":null,"report-no":null,"categories":"math.CO cs.CG","license":null,"abstract":"We describe a new algorithm.","versions":[{"version":"v1","created":"Sat, 31 Mar 2007 02:26:18 GMT"}],"update_date":"2008-12-13","authors_parsed":[["Streinu","Ileana",""],["Theran","Louis",""]]}
            """;
        const string Digest = """
            Trending

            2007-04-15

            Calculation of Prompt Diphoton Production Cross Sections at {T}evatron and LHC Energies.

            A fully differential calculation in perturbative quantum chromodynamics is presented for the production of massive photon pairs at hadron colliders.

            Sparsity-certifying graph decompositions

            We describe a new algorithm, the (k,l)-pebble game with colors, and use it to obtain a characterization of the family of (k,l)-sparse graphs.

            """;
        const string Cite = """
            using Papers.Citations;

            foreach (var paper in Reading.PaperCatalog.All)
            {
                System.Console.WriteLine(paper.Cite(CitationStyle.Apa));
            }
            """;
        string consumer = package.CreateConsumer("Enriched", Cite, new Dictionary<string, string>
        {
            ["digests/apr.txt"] = Digest,
            ["arxiv-snapshot.json"] = Snapshot.ReplaceLineEndings("\n") + "\n",
        }, new ConsumerProject(string.Empty, """<PaperDigest Include="digests/*.txt" Sidecar="digests/refs.bib" />"""));

        var (code, _, stderr) = package.RunPapers(consumer, "-i", "digests", "enrich", "--snapshot", "arxiv-snapshot.json", "--out", "digests/refs.bib");
        code.Should().Be(0, stderr);
        stderr.Should().Contain("2 papers — 0 by id, 2 by exact title, 0 by similar title, 0 ambiguous, 0 unmatched");

        DotNet.Result run = package.Dotnet(consumer, "run", "--disable-build-servers");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("Balázs, C., Berger, E. L., Nadolsky, P. M., & Yuan, C.-P. (2007). Calculation of Prompt Diphoton Production Cross Sections at Tevatron and LHC Energies")
            .And.Contain("(arXiv:0704.0001). arXiv. https://doi.org/10.1103/PhysRevD.76.013009")
            .And.Contain("Streinu, I., & Theran, L. (2007). Sparsity-certifying graph decompositions (arXiv:0704.0002). arXiv. https://arxiv.org/abs/0704.0002");
    }

    [Fact]
    public void A_fresh_consumer_builds_the_seed_digest_and_runs()
    {
        string consumer = package.CreateConsumer("Consumer", Program, new Dictionary<string, string>
        {
            ["trending-mar11.txt"] = File.ReadAllText(RepoPaths.SeedDigest),
        });

        DotNet.Result run = package.Dotnet(consumer, "run", "--disable-build-servers");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("count=70")
            .And.Contain("digests=1")
            .And.Contain("evilm=E-ViLM: Efficient Video-Language Model via Masked Video Modeling with Semantic Vector-Quantized Tokenizer")
            .And.Contain("gamma=$γ-$MoD")
            .And.Contain("bioscan=https://github.com/zahrag/BIOSCAN-5M")
            .And.Contain("date=Mar 11 (year unknown)")
            .And.MatchRegex(@"query=[1-9]\d*")
            .And.Contain("id=bioscan-5m-a-multimodal-dataset-for-insect-biodiversity");

        // By default the catalog is public and every paper has hover docs (its title) in the documentation file.
        XDocument docs = XDocument.Load(Path.Combine(consumer, "bin", "Debug", "net10.0", "Consumer.xml"));
        docs.Descendants("member").Single(m => (string?)m.Attribute("name") == "P:Reading.PaperCatalog.EViLM").Value
            .Should().Contain("E-ViLM: Efficient Video-Language Model");
    }

    [Fact]
    public void The_downstream_sample_tests_its_reading_list_with_both_packages()
    {
        string downstream = package.CopyRepository(Path.Combine(RepoPaths.Root, "samples", "Downstream"), "Downstream");

        // The versions are new to this run, so the machine's package cache cannot supply an older build.
        DotNet.Result test = DotNet.Run(Path.Combine(downstream, "Reading.Tests"), null, "test", "-p:PapersVersion=" + package.Version, "--disable-build-servers");

        test.ExitCode.Should().Be(0, test.ToString());
        test.Output.Should().MatchRegex(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+10,");

        // The test project holds no digests; its [PaperId] rows are checked against the Reading.Papers catalog.
        string tests = Path.Combine(downstream, "Reading.Tests", "ReadingListTests.cs");
        File.WriteAllText(tests, File.ReadAllText(tests).Replace("[InlineData(\"BIOSCAN-5M\")]", "[InlineData(\"BIOSCAN-5\")]", StringComparison.Ordinal));
        DotNet.Result typo = DotNet.Run(Path.Combine(downstream, "Reading.Tests"), null, "build", "-p:PapersVersion=" + package.Version, "--disable-build-servers");
        typo.ExitCode.Should().NotBe(0, "the sample treats warnings as errors");
        typo.Output.Should().MatchRegex(@"ReadingListTests\.cs\(\d+,\d+\): error PAPER018: 'BIOSCAN-5' is not a paper of PaperCatalog; did you mean [^\r\n]*\(BIOSCAN5M\)");
    }

    [Fact]
    public void The_downstream_app_reads_the_catalog_library_writes_Parquet_and_a_CSharp_edit_recompiles_no_paper()
    {
        string downstream = package.CopyRepository(Path.Combine(RepoPaths.Root, "samples", "Downstream"), "DownstreamApp");
        string app = Path.Combine(downstream, "Reading");
        string parquet = Path.Combine(downstream, "reading.parquet");

        DotNet.Result run = DotNet.Run(app, null, "run", "-p:PapersVersion=" + package.Version, "--disable-build-servers", "--", parquet);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("70 papers, ").And.Contain("BIOSCAN-5M").And.Contain("wrote 70 papers to " + parquet).And.NotContain("warning");
        byte[] bytes = File.ReadAllBytes(parquet);
        System.Text.Encoding.ASCII.GetString(bytes, 0, 4).Should().Be("PAR1");

        // The app gets no catalog of its own: its assembly defines no PaperCatalog type.
        using (var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(Path.Combine(app, "bin", "Debug", "net10.0", "Reading.dll"))))
        {
            var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            metadata.TypeDefinitions.Select(h => metadata.GetString(metadata.GetTypeDefinition(h).Name)).Should().NotContain("PaperCatalog").And.Contain("Program");
        }

        // A C# edit to the app, then a build: the catalog library is up to date, so its compiler does not run.
        string library = Path.Combine(downstream, "Reading.Papers", "obj", "Debug", "net10.0", "Reading.Papers.dll");
        DateTime compiled = File.GetLastWriteTimeUtc(library);
        File.AppendAllText(Path.Combine(app, "Program.cs"), "\n// an edit\n");
        DotNet.Result build = DotNet.Run(app, null, "build", "-p:PapersVersion=" + package.Version, "--disable-build-servers");

        build.ExitCode.Should().Be(0, build.ToString());
        File.GetLastWriteTimeUtc(library).Should().Be(compiled, "the library's CoreCompile is skipped");
        File.GetLastWriteTimeUtc(Path.Combine(app, "obj", "Debug", "net10.0", "Reading.dll")).Should().BeAfter(compiled, "the app itself is compiled again");
    }

    [Fact]
    public void A_digest_that_is_not_UTF8_fails_the_build_with_PAPER001()
    {
        string consumer = package.CreateConsumer("Latin1", "System.Console.WriteLine(Reading.PaperCatalog.All.Count);", new Dictionary<string, string>());
        File.WriteAllBytes(Path.Combine(consumer, "digests", "latin1.txt"), System.Text.Encoding.Latin1.GetBytes("Mar 11\n\nCaf\u00e9 Models\n\nAn abstract.\n"));

        DotNet.Result build = package.Dotnet(consumer, "build", "--disable-build-servers");

        build.ExitCode.Should().NotBe(0);
        build.Output.Should().MatchRegex(@"digests/latin1\.txt\(3,4\): error PAPER001: The digest 'digests/latin1\.txt' is not valid UTF-8");
    }

    [Fact]
    public void Using_a_paper_that_was_removed_breaks_the_build_where_it_is_used()
    {
        string consumer = package.CreateConsumer("Removed", "System.Console.WriteLine(Reading.PaperCatalog.EViLM.Title);", new Dictionary<string, string>
        {
            ["d.txt"] = "Mar 11\n\nInterBERT: Vision-and-Language Interaction\n\nAn abstract.\n",
        });

        DotNet.Result build = package.Dotnet(consumer, "build", "--disable-build-servers");

        build.ExitCode.Should().NotBe(0);
        build.Output.Should().MatchRegex(@"Program\.cs\(1,\d+\): error CS0117: 'PaperCatalog' does not contain a definition for 'EViLM'");
    }
}
