extern alias PapersRuntime;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Papers.Generators.Emit;
using Papers.Tests.Shared;
using Papers.Parsing;

namespace Papers.Generators.Tests;

/// <summary>
/// Go to definition on a paper's member lands on its title in the digest: the member's location maps through a
/// <c>#line</c> directive to the title's line and columns, by a path the compiler resolves against the folder of
/// the generated file. (The package tests prove the same through a real build and its PDB.)
/// </summary>
public class LineMappingTests
{
    private static readonly DigestInput Seed = new("digests/trending-mar11.txt", File.ReadAllText(RepoPaths.SeedDigest));

    private static IPropertySymbol Paper(Compilation output, string name) =>
        output.GetTypeByMetadataName("Consumer.PaperCatalog")!.GetMembers(name).OfType<IPropertySymbol>().Single();

    // What the mapped span covers in the digest's own text.
    private static string MappedText(string digest, FileLinePositionSpan span)
    {
        SourceText text = SourceText.From(digest);
        return text.ToString(text.Lines.GetTextSpan(span.Span));
    }

    private static string Resolve(FileLinePositionSpan span) =>
        Path.GetFullPath(Path.Combine(GeneratorHarness.GeneratedDirectory, span.Path));

    [Fact]
    public void Every_seed_paper_maps_to_its_title_line_and_columns_in_the_digest()
    {
        var (output, _, _) = GeneratorHarness.Run([Seed]);
        var papers = PapersRuntime::Papers.DigestLoader.Parse(Seed.Text, Seed.Path).Papers;
        INamedTypeSymbol catalog = output.GetTypeByMetadataName("Consumer.PaperCatalog")!;
        var members = catalog.GetMembers().OfType<IPropertySymbol>().Where(p => p.Name is not ("All" or "Digests")).ToList();

        members.Should().HaveCount(papers.Count);
        foreach (IPropertySymbol member in members)
        {
            FileLinePositionSpan span = member.Locations.Single().GetMappedLineSpan();
            span.HasMappedPath.Should().BeTrue(member.Name);
            Resolve(span).Should().Be(GeneratorHarness.RootDirectory + Seed.Path, "the relative path resolves against the generated file's folder");
            var paper = papers.Single(p => p.Source.Line == span.StartLinePosition.Line + 1);
            MappedText(Seed.Text, span).Should().Be(paper.Title, member.Name);
        }
    }

    [Fact]
    public void Indented_and_wrapped_titles_map_to_their_text_without_the_surrounding_whitespace()
    {
        const string digest = "Mar 11\n\n \t Indented Title  \n\nAn abstract that is long enough to read as one.\n\nWrapped Title First Half\n  And Its Second Half\n\nAnother abstract that is long enough to read as one.\n";
        var (output, _, diagnostics) = GeneratorHarness.Run([new DigestInput("digests/x.txt", digest)]);
        diagnostics.Should().BeEmpty();

        FileLinePositionSpan indented = Paper(output, "IndentedTitle").Locations.Single().GetMappedLineSpan();
        indented.Span.Should().Be(new LinePositionSpan(new LinePosition(2, 3), new LinePosition(2, 17)));
        MappedText(digest, indented).Should().Be("Indented Title");

        FileLinePositionSpan wrapped = Paper(output, "WrappedTitleFirstHalfAndItsSecondHalf").Locations.Single().GetMappedLineSpan();
        wrapped.Span.Should().Be(new LinePositionSpan(new LinePosition(6, 0), new LinePosition(7, 21)));
        MappedText(digest, wrapped).Should().Be("Wrapped Title First Half\n  And Its Second Half");
    }

    [Fact]
    public void Hover_docs_nullable_annotations_and_the_code_after_a_paper_are_unchanged_by_the_mapping()
    {
        var (output, result, _) = GeneratorHarness.Run([Seed]);
        IPropertySymbol evilm = Paper(output, "EViLM");
        evilm.GetDocumentationCommentXml().Should().Contain("<summary>E-ViLM: Efficient Video-Language Model");
        evilm.NullableAnnotation.Should().Be(NullableAnnotation.NotAnnotated);
        output.GetDiagnostics().Should().BeEmpty();

        // The holders and the catalog's own members are not mapped: #line default follows each paper.
        Paper(output, "All").Locations.Single().GetMappedLineSpan().HasMappedPath.Should().BeFalse();
        result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Papers000.g.cs", StringComparison.Ordinal)).ToString()
            .Split('\n').Count(l => l == "#line default").Should().Be(70);
    }

    [Fact]
    public void A_path_a_directive_cannot_hold_gets_no_mapping_and_still_compiles()
    {
        var (output, result, diagnostics) = GeneratorHarness.Run([new DigestInput("digests/a \"quoted\" name.txt", "Mar 11\n\nA Paper\n\nAn abstract that is long enough to read as one.\n")]);
        diagnostics.Should().BeEmpty();
        output.GetDiagnostics().Should().BeEmpty();
        string.Concat(result.GeneratedTrees.Select(t => t.ToString())).Should().NotContain("#line (");
        Paper(output, "APaper").Locations.Single().GetMappedLineSpan().HasMappedPath.Should().BeFalse();
    }

    [Fact]
    public void A_title_past_the_compilers_column_limit_maps_to_its_start_and_compiles()
    {
        string digest = "Mar 11\n\n" + new string(' ', 65_530) + "Far Right Title\n\nAn abstract that is long enough to read as one.\n";
        var (output, _, diagnostics) = GeneratorHarness.Run([new DigestInput("digests/x.txt", digest)]);
        diagnostics.Should().BeEmpty();
        output.GetDiagnostics().Should().BeEmpty("a column past 65,536 would be CS8938");
        FileLinePositionSpan span = Paper(output, "FarRightTitle").Locations.Single().GetMappedLineSpan();
        span.Span.Should().Be(new LinePositionSpan(new LinePosition(2, 65_530), new LinePosition(2, LineDirective.MaxCharacter)));
    }

    [Theory]
    [InlineData(LineDirective.MaxLine + 1, 1, LineDirective.MaxLine + 1, 5)]
    [InlineData(1, LineDirective.MaxCharacter + 1, 1, LineDirective.MaxCharacter + 5)]
    [InlineData(0, 1, 0, 5)]
    public void Positions_past_the_compilers_limits_get_no_directive(int line, int column, int endLine, int endColumn) =>
        LineDirective.For("x.txt", new LineSpan(line, column, endLine, endColumn), 40).Should().BeNull();

    [Fact]
    public void A_directive_names_the_title_span_and_an_offset_past_the_line()
    {
        LineDirective.For("../d/x.txt", new LineSpan(12, 3, 12, 40), 60).Should().Be("#line (12, 3) - (12, 40) 61 \"../d/x.txt\"");
        LineDirective.For("x.txt", new LineSpan(LineDirective.MaxLine, LineDirective.MaxCharacter, LineDirective.MaxLine, LineDirective.MaxCharacter + 9), 10)
            .Should().Be($"#line ({LineDirective.MaxLine}, {LineDirective.MaxCharacter}) - ({LineDirective.MaxLine}, {LineDirective.MaxCharacter}) 11 \"x.txt\"");
        LineDirective.For("x.txt", new LineSpan(1, 1, 1, 1), LineDirective.MaxCharacter).Should().BeNull("the offset itself is bounded");
    }

    [Theory]
    [InlineData("digests/x.txt", true)]
    [InlineData("C:/work/digests/x.txt", true)]
    [InlineData("", false)]
    [InlineData("a\"b.txt", false)]
    [InlineData("a\nb.txt", false)]
    [InlineData("a\rb.txt", false)]
    [InlineData("a\u2028b.txt", false)]
    [InlineData("a\u2029b.txt", false)]
    [InlineData("a\u0085b.txt", false)]
    public void Only_a_path_without_quotes_or_line_breaks_can_be_written(string path, bool writable) =>
        LineDirective.CanWrite(path).Should().Be(writable);
}
