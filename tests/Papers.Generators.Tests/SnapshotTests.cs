using Microsoft.CodeAnalysis;
using Papers.Tests.Shared;

namespace Papers.Generators.Tests;

/// <summary>
/// What the generator writes, pinned file by file against approved snapshots (see <see cref="Approvals"/>): a
/// change to the generated code is a visible diff in review, not a surprise in users' builds.
/// </summary>
public class SnapshotTests
{
    private const string SnapshotFolder = "tests/Papers.Generators.Tests/Snapshots";

    private const string Query = """
        namespace Consumer
        {
            public static partial class Reading
            {
                [Papers.PaperQuery("topic:multimodal has:code -survey")]
                public static partial System.Collections.Generic.IReadOnlyList<Papers.Paper> MultimodalWithCode();

                public partial record struct Nested
                {
                    [Papers.PaperQuery("title:MoD")]
                    internal static partial System.Collections.Generic.IReadOnlyList<Papers.Paper> Depth();
                }
            }
        }
        """;

    [Fact]
    public void The_seed_digest_generates_the_approved_catalog()
    {
        var (_, result, diagnostics) = GeneratorHarness.Run([new DigestInput("digests/trending-mar11.txt", File.ReadAllText(RepoPaths.SeedDigest))]);

        diagnostics.Should().BeEmpty();
        VerifyAll("Seed", result);
    }

    [Fact]
    public void Ids_and_compile_time_queries_generate_the_approved_code()
    {
        const string digest = """
            Mar 11, 2024

            E-ViLM: Efficient Video-Language Model via Masked Video Modeling

            A multimodal video-language model trained with masked video modeling. Code: https://github.com/lab/evilm.

            $\gamma-$MoD: Mixture-of-Depth Adaptation for Multimodal Large Language Models

            Authors: A. One, B. Two
            arXiv: 2404.02905

            A mixture-of-depths adaptation for multimodal large language models. https://github.com/lab/gamma-mod
            """;

        var (output, result, diagnostics) = GeneratorHarness.Run(
            [new DigestInput("digests/d.txt", digest.Replace("\r\n", "\n", StringComparison.Ordinal))],
            new Dictionary<string, string> { ["RootNamespace"] = "Consumer", ["PapersIds"] = "true" },
            GeneratorHarness.Compilation(Query));

        diagnostics.Should().BeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        VerifyAll("IdsAndQueries", result);
    }

    private static void VerifyAll(string name, GeneratorDriverRunResult result)
    {
        var sources = result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        sources.Should().NotBeEmpty();
        foreach (GeneratedSourceResult source in sources)
        {
            Approvals.Verify(SnapshotFolder, name + "." + Path.GetFileNameWithoutExtension(source.HintName), source.SourceText.ToString());
        }

        // A snapshot whose file the generator no longer writes is stale.
        var expected = sources.Select(s => name + "." + Path.GetFileNameWithoutExtension(s.HintName) + ".verified.cs").ToHashSet(StringComparer.Ordinal);
        Directory.GetFiles(Path.Combine(RepoPaths.Root, SnapshotFolder), name + ".*.verified.cs")
            .Select(Path.GetFileName).Should().OnlyContain(f => expected.Contains(f!));
    }
}
