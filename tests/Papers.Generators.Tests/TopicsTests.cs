extern alias PapersRuntime;

using Microsoft.CodeAnalysis;
using RuntimePaper = PapersRuntime::Papers.Paper;

namespace Papers.Generators.Tests;

/// <summary>The project's taxonomy travels with the catalog, which finds topics on first use; compile-time queries use it too.</summary>
public class TopicsTests
{
    private static readonly DigestInput Digest = new("d.txt",
        "Mar 11\n\nOwl-ViT: Birds in Multimodal Models\n\nWe study avian vision. Birds are hard.\n\nPlain Title\n\nNothing to see here.\n");

    [Fact]
    public void Catalog_papers_have_the_default_taxonomys_topics()
    {
        var (output, _, _) = GeneratorHarness.Run([Digest]);
        var all = GeneratorHarness.StaticList<RuntimePaper>(GeneratorHarness.EmitAndLoad(output, [Digest]), "Consumer.PaperCatalog", "All");
        all[0].Topics.Should().Equal("multimodal");
        all[1].Topics.Should().BeEmpty();
    }

    [Fact]
    public void A_topics_file_extends_the_default_taxonomy()
    {
        DigestInput topics = new("topics.txt", "birds: Birds | bird, avian\n", Topics: true);
        var (output, _, diagnostics) = GeneratorHarness.Run([Digest, topics]);
        diagnostics.Should().BeEmpty();
        var all = GeneratorHarness.StaticList<RuntimePaper>(GeneratorHarness.EmitAndLoad(output, [Digest, topics]), "Consumer.PaperCatalog", "All");
        all[0].Topics.Should().Equal("multimodal", "birds");
    }

    [Fact]
    public void A_compile_time_query_sees_the_projects_topics()
    {
        DigestInput topics = new("topics.txt", "birds: Birds | bird, avian\n", Topics: true);
        const string source = """
            using System.Collections.Generic;
            using Papers;
            namespace Consumer;
            internal static partial class Reading
            {
                [PaperQuery("topic:birds")]
                public static partial IReadOnlyList<Paper> Birds { get; }
            }
            """;
        var (output, result, diagnostics) = GeneratorHarness.Run([Digest, topics], compilation: GeneratorHarness.Compilation(source));
        diagnostics.Should().BeEmpty();
        result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Birds.PaperQuery.g.cs", StringComparison.Ordinal)).ToString()
            .Should().Contain("PaperCatalog.OwlViT").And.NotContain("PlainTitle");
    }

    [Fact]
    public void Any_text_in_a_topics_file_travels_into_the_catalog_and_compiles()
    {
        // The topics file's text is a string literal in the generated catalog: quotes, backslashes, line separators
        // and comment closers must come through intact.
        DigestInput topics = new("topics.txt", "# \"quoted\" \\ back\u2028slash */ </summary> {0}\r\nbirds: Birds | bird, avian\n", Topics: true);
        var (output, _, diagnostics) = GeneratorHarness.Run([Digest, topics]);
        diagnostics.Should().BeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        var all = GeneratorHarness.StaticList<RuntimePaper>(GeneratorHarness.EmitAndLoad(output, [Digest, topics]), "Consumer.PaperCatalog", "All");
        all[0].Topics.Should().Equal("multimodal", "birds");
    }

    [Fact]
    public void A_topics_file_with_Replace_replaces_it()
    {
        DigestInput topics = new("topics.txt", "birds: Birds | bird, avian\n", Topics: true, Replace: true);
        var (output, _, _) = GeneratorHarness.Run([Digest, topics]);
        var all = GeneratorHarness.StaticList<RuntimePaper>(GeneratorHarness.EmitAndLoad(output, [Digest, topics]), "Consumer.PaperCatalog", "All");
        all[0].Topics.Should().Equal("birds");
    }

    [Fact]
    public void A_bad_topics_line_is_PAPER012_at_its_line()
    {
        DigestInput topics = new("topics.txt", "birds: Birds | bird\nnot a topic line\n", Topics: true);
        var (_, _, diagnostics) = GeneratorHarness.Run([Digest, topics]);
        Diagnostic problem = diagnostics.Should().ContainSingle().Subject;
        problem.Id.Should().Be("PAPER012");
        problem.Location.GetLineSpan().Path.Should().Be("/project/topics.txt");
        problem.Location.GetLineSpan().StartLinePosition.Line.Should().Be(1);
    }
}
