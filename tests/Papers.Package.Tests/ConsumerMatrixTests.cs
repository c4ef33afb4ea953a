using System.Xml.Linq;

namespace Papers.Package.Tests;

/// <summary>
/// Every MSBuild-facing feature as a user meets it: the packed package restored from a folder feed into a
/// throwaway consumer, built and run. Each consumer carries several features, so the matrix stays a few builds.
/// </summary>
[Collection(PackageCollection.Name)]
public class ConsumerMatrixTests(PackedPackage package)
{
    private const string EViLM = "E-ViLM: Efficient Video-Language Model via Masked Video Modeling";

    private const string Mar11 = $"""
        Get trending papers in your email inbox!

        Mar 11

        {EViLM}

        To build scalable models for video tasks, we pretrain with masked video modeling. Code: https://github.com/lab/evilm.

        Tiny Pruner: Token Pruning for Phones

        We study token pruning on-device and show that phones run vision transformers twice as fast.
        """;

    private const string Mar12 = """
        Mar 12

        Quiet Paper About Nothing In Particular

        This abstract names no topic of the default taxonomy and no term of the lab's own file at all.
        """;

    private const string Bib = """
        @article{fang2023evilm,
          title = {E-ViLM: Efficient Video-Language Model via Masked Video Modeling},
          author = {Fang, Jacob and Kim, Sam},
          doi = {10.1234/evilm},
          eprint = {2311.17267},
          archivePrefix = {arXiv},
          year = {2023}
        }
        """;

    private const string CslJson = """
        [{ "id": "quiet", "type": "article", "title": "Quiet Paper About Nothing in Particular",
           "author": [{ "family": "Okafor", "given": "Ada" }], "DOI": "10.5555/quiet", "issued": { "date-parts": [[2022]] } }]
        """;

    private const string Topics = "my-lab: Our lab | token pruning, on-device\n";

    [Fact]
    public void Settings_year_sidecars_topics_ids_and_a_query_reach_a_packaged_build()
    {
        string consumer = package.CreateConsumer("Configured", """
            using System;
            using System.Linq;
            using Lab.Reading;

            Console.WriteLine($"evilm.authors={string.Join("; ", Library.EViLM.Authors)}");
            Console.WriteLine($"evilm.arxiv={Library.EViLM.ArxivId}");
            Console.WriteLine($"evilm.doi={Library.EViLM.Doi}");
            Console.WriteLine($"evilm.date={Library.EViLM.Date}");
            Console.WriteLine($"evilm.id={LibraryIds.EViLM}");
            Console.WriteLine($"quiet.authors={string.Join("; ", Library.QuietPaperAboutNothingInParticular.Authors)}");
            Console.WriteLine($"quiet.doi={Library.QuietPaperAboutNothingInParticular.Doi}");
            Console.WriteLine($"quiet.date={Library.QuietPaperAboutNothingInParticular.Date}");
            Console.WriteLine($"pruner.topics={string.Join(",", Library.TinyPruner.Topics)}");
            Console.WriteLine($"evilm.topics={string.Join(",", Library.EViLM.Topics)}");
            Console.WriteLine($"visibility={(typeof(Library).IsPublic ? "public" : "internal")}");
            Console.WriteLine($"query={string.Join(",", Lists.Lab.Select(p => p.ShortName))}");

            namespace Lab.Reading
            {
                internal static partial class Lists
                {
                    [Papers.PaperQuery("topic:my-lab")]
                    public static partial System.Collections.Generic.IReadOnlyList<Papers.Paper> Lab { get; }
                }
            }
            """,
            new Dictionary<string, string>
            {
                ["digests/mar11.txt"] = Mar11,
                ["digests/mar12.txt"] = Mar12,
                ["refs/mar11.bib"] = Bib,
                ["refs/mar12.json"] = CslJson,
                ["topics.txt"] = Topics,
            },
            new ConsumerProject(
                """
                <PapersNamespace>Lab.Reading</PapersNamespace>
                <PapersClassName>Library</PapersClassName>
                <PapersVisibility>internal</PapersVisibility>
                <PapersDocs>false</PapersDocs>
                <PapersIds>true</PapersIds>
                """,
                """
                <PaperDigest Include="digests/mar11.txt" Year="2024" Sidecar="refs/mar11.bib" />
                <PaperDigest Include="digests/mar12.txt" Sidecar="refs/mar12.json" />
                <PaperTopics Include="topics.txt" />
                """));

        DotNet.Result run = package.Dotnet(consumer, "run", "--disable-build-servers");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("evilm.authors=Fang, Jacob; Kim, Sam", "the .bib sidecar is merged by title")
            .And.Contain("evilm.arxiv=2311.17267")
            .And.Contain("evilm.doi=10.1234/evilm")
            .And.Contain("evilm.date=2024-03-11", "the item's Year completes a date line without one")
            .And.Contain("evilm.id=2311.17267", "the generator saw the sidecar: the id constant (LibraryIds beside Library) is the arXiv id")
            .And.Contain("quiet.authors=Okafor, Ada", "the CSL-JSON sidecar is merged")
            .And.Contain("quiet.doi=10.5555/quiet")
            .And.Contain("quiet.date=Mar 12 (year unknown)", "a digest without Year metadata invents none")
            .And.MatchRegex(@"pruner\.topics=[^\r\n]*\bmy-lab\b", "the project's topics file extends the taxonomy")
            .And.MatchRegex(@"evilm\.topics=[^\r\n]*\bvideo\b", "the default taxonomy is kept without Replace")
            .And.Contain("visibility=internal")
            .And.Contain("query=Tiny Pruner", "the compile-time query sees the project's topics");

        // PapersDocs=false: the catalog's members carry no hover docs into the documentation file.
        XDocument docs = XDocument.Load(Path.Combine(consumer, "bin", "Debug", "net10.0", "Configured.xml"));
        docs.Descendants("member").Select(m => (string)m.Attribute("name")!).Should()
            .Contain("P:Lab.Reading.Library.All", "the catalog's own members keep their docs")
            .And.NotContain(["P:Lab.Reading.Library.EViLM", "P:Lab.Reading.Library.TinyPruner", "P:Lab.Reading.Library.QuietPaperAboutNothingInParticular"]);
    }

    [Fact]
    public void A_replacing_topics_file_and_an_unmatched_sidecar_record_reach_a_packaged_build()
    {
        string consumer = package.CreateConsumer("Replaced", """
            using System;
            using System.Linq;

            Console.WriteLine($"topics={string.Join(",", Reading.PaperCatalog.All.SelectMany(p => p.Topics).Distinct().Order(StringComparer.Ordinal))}");
            Console.WriteLine($"evilm.authors={string.Join("; ", Reading.PaperCatalog.EViLM.Authors)}");
            Console.WriteLine($"defaults={(typeof(Reading.PaperCatalog).IsPublic ? "public" : "internal")},ids={(typeof(Reading.PaperCatalog).Assembly.GetType("Reading.PaperIds") is null ? "off" : "on")}");
            """,
            new Dictionary<string, string>
            {
                ["digests/mar11.txt"] = Mar11,
                ["refs.bib"] = Bib + "\n@misc{other, title = {A Paper Nobody Trends}, author = {Doe, Jane}}\n",
                ["topics.txt"] = Topics,
            },
            new ConsumerProject(
                string.Empty,
                """
                <PaperDigest Include="digests/*.txt" Sidecar="refs.bib" />
                <PaperTopics Include="topics.txt" Replace="true" />
                """,
                WarningsAsErrors: false));

        DotNet.Result run = package.Dotnet(consumer, "run", "--disable-build-servers");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("topics=my-lab", "Replace=\"true\" drops the default taxonomy (no 'video')")
            .And.Contain("evilm.authors=Fang, Jacob; Kim, Sam")
            .And.Contain("defaults=public,ids=off", "without settings the catalog is public and has no PaperIds class")
            .And.MatchRegex(@"refs\.bib\(9,1\): warning PAPER017: The sidecar record 'A Paper Nobody Trends' in 'refs\.bib' matches no paper");
    }

    [Fact]
    public void Broken_digests_unsupported_encodings_and_a_missing_sidecar_fail_the_build_with_located_errors()
    {
        const string prose = "A paragraph long enough to be prose. It has two sentences and reads like an abstract.";
        string consumer = package.CreateConsumer("Broken", "System.Console.WriteLine(Reading.PaperCatalog.All.Count);",
            new Dictionary<string, string>
            {
                ["digests/bad.txt"] = $"Mar 11\n\nFirst\n\n{prose}\n\n{prose}\n\nMar 32\n\nSecond\n\n{prose}\n",
                ["digests/good.txt"] = Mar12,
                ["digests/folder.txt"] = Mar12.Replace("Quiet Paper", "Another Quiet Paper", StringComparison.Ordinal),
                ["refs/notes.md"] = "A folder, not a sidecar.",
                ["digests/latin.txt"] = Mar12.Replace("Quiet Paper", "Latin Quiet Paper", StringComparison.Ordinal),
            },
            new ConsumerProject(
                string.Empty,
                """
                <PaperDigest Include="digests/bad.txt" />
                <PaperDigest Include="digests/good.txt" Sidecar="refs/missing.bib" />
                <PaperDigest Include="digests/folder.txt" Sidecar="refs" />
                <PaperDigest Include="digests/latin.txt" Sidecar="refs/latin1.bib" />
                <PaperDigest Include="digests/utf32.txt" />
                <PaperDigest Include="digests/utf16.txt" />
                """));
        var utf32 = new System.Text.UTF32Encoding(bigEndian: false, byteOrderMark: true);
        File.WriteAllBytes(Path.Combine(consumer, "digests", "utf32.txt"), [.. utf32.GetPreamble(), .. utf32.GetBytes(Mar12)]);
        File.WriteAllBytes(Path.Combine(consumer, "digests", "utf16.txt"), System.Text.Encoding.Unicode.GetBytes(Mar12));
        File.WriteAllBytes(Path.Combine(consumer, "refs", "latin1.bib"), [.. "@misc{a,\n  title = {Caf"u8, 0xE9, .. "},\n}\n"u8]);

        DotNet.Result build = package.Dotnet(consumer, "build", "--disable-build-servers");

        build.ExitCode.Should().NotBe(0);
        build.Output.Should().MatchRegex(@"digests/bad\.txt\(7,1\): error PAPER005: Expected a paper title but found a paragraph")
            .And.MatchRegex(@"digests/bad\.txt\(9,1\): error PAPER006: ""Mar 32"" looks like a date line")
            .And.MatchRegex(@"digests/good\.txt\(1,1\): error PAPER016: The sidecar 'refs/missing\.bib' of digest 'digests/good\.txt' does not exist")
            .And.MatchRegex(@"digests/folder\.txt\(1,1\): error PAPER016: The sidecar 'refs' of digest 'digests/folder\.txt' does not exist or is not a file")
            .And.NotContain("CS1566", "a folder named as a sidecar is never embedded")
            .And.MatchRegex(@"refs/latin1\.bib\(2,1\): error PAPER016: The sidecar 'refs/latin1\.bib' is not valid UTF-8: its line 2 has bytes that decode to U\+FFFD", "a sidecar's bad byte is located through the package too")
            .And.MatchRegex(@"digests/utf32\.txt\(1,1\): error PAPER001: The digest 'digests/utf32\.txt' is not UTF-8: it looks like UTF-32 LE")
            .And.MatchRegex(@"digests/utf16\.txt\(1,1\): error PAPER001: The digest 'digests/utf16\.txt' is not UTF-8: it looks like UTF-16 or UTF-32 without a byte-order mark");
    }
}
