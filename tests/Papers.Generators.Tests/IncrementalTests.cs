using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Papers.Generators.Tests;

/// <summary>Tracked steps prove the pipeline does only the work an edit requires.</summary>
public class IncrementalTests
{
    private static readonly DigestInput[] ManyDigests = Enumerable.Range(0, 593)
        .Select(i => new DigestInput($"digests/day-{i:D3}.txt", $"Mar 11\n\nPaper number {i}\n\nAbstract of paper {i}. It says something."))
        .ToArray();

    [Fact]
    public void Running_again_on_identical_input_reuses_every_step()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver(ManyDigests).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        Reasons(steps, PaperCatalogGenerator.Steps.ParsedDigests).Should().OnlyContain(r => r == IncrementalStepRunReason.Cached);
        Reasons(steps, PaperCatalogGenerator.Steps.Catalog).Should().OnlyContain(r => r == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_CSharp_edit_parses_no_digest_and_regenerates_nothing()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver(ManyDigests).RunGenerators(compilation);
        SyntaxTree edited = CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { static int X = 1; } }", (CSharpParseOptions)compilation.SyntaxTrees[0].Options, compilation.SyntaxTrees[0].FilePath);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(compilation.SyntaxTrees[0], edited));
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        Reasons(steps, PaperCatalogGenerator.Steps.ParsedDigests).Should().HaveCount(593).And.OnlyContain(r => r == IncrementalStepRunReason.Cached);
        Reasons(steps, PaperCatalogGenerator.Steps.Catalog).Should().OnlyContain(r => r == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_one_of_593_digests_parses_only_that_one()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver(ManyDigests).RunGenerators(compilation);
        AdditionalText old = driver.GetRunResult().Results.Single().TrackedSteps[PaperCatalogGenerator.Steps.DigestFiles]
            .SelectMany(s => s.Outputs).Select(o => (((AdditionalText, AnalyzerConfigOptionsProvider))o.Value).Item1).Single(t => t.Path.EndsWith("day-100.txt", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(old, new GeneratorHarness.InMemoryText(old.Path, "Mar 11\n\nPaper number 100, renamed\n\nAbstract."));
        driver = driver.RunGenerators(compilation);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        var parsed = Reasons(steps, PaperCatalogGenerator.Steps.ParsedDigests);
        parsed.Count(r => r == IncrementalStepRunReason.Modified).Should().Be(1);
        parsed.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).Should().Be(592);
        Reasons(steps, PaperCatalogGenerator.Steps.Catalog).Should().Equal(IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Editing_the_topics_file_parses_no_digest()
    {
        DigestInput topics = new("topics.txt", "birds: Birds | bird\n", Topics: true);
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver([.. ManyDigests, topics]).RunGenerators(compilation);
        AdditionalText old = driver.GetRunResult().Results.Single().TrackedSteps[PaperCatalogGenerator.Steps.TopicsFiles]
            .SelectMany(s => s.Inputs).SelectMany(i => i.Source.Outputs).Select(o => o.Value).OfType<(AdditionalText, AnalyzerConfigOptionsProvider)>().Single().Item1;
        driver = driver.ReplaceAdditionalText(old, new GeneratorHarness.InMemoryText(old.Path, "birds: Birds | bird, avian\n"));
        driver = driver.RunGenerators(compilation);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        Reasons(steps, PaperCatalogGenerator.Steps.ParsedDigests).Should().HaveCount(593).And.OnlyContain(r => r == IncrementalStepRunReason.Cached);
        Reasons(steps, PaperCatalogGenerator.Steps.Catalog).Should().Equal(IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Step_outputs_hold_no_symbols_compilations_syntax_or_files()
    {
        // DigestFiles is the filtered input itself (the file and its options), before the first model is made.
        string[] inputs = [PaperCatalogGenerator.Steps.DigestFiles];
        string[] all = typeof(PaperCatalogGenerator.Steps).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToArray();
        DigestInput[] digests =
        [
            .. ManyDigests.Take(3),
            new("refs.bib", "@misc{a, title = {Something Else}}", IsSidecar: true),
            new("topics.txt", "lab: Lab | video\n", Topics: true),
        ];
        var compilation = GeneratorHarness.Compilation("""
            namespace Consumer
            {
                public static partial class Lists
                {
                    [Papers.PaperQuery("video")]
                    public static partial System.Collections.Generic.IReadOnlyList<Papers.Paper> Video { get; }
                }
            }
            """);

        GeneratorDriver driver = GeneratorHarness.Driver(digests).RunGenerators(compilation);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        foreach (string step in all.Except(inputs))
        {
            steps.Should().ContainKey(step);
            steps[step].SelectMany(s => s.Outputs).Should().NotBeEmpty(step + " ran");
            foreach (var output in steps[step].SelectMany(s => s.Outputs))
            {
                AssertNoForbiddenTypes(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), step);
            }
        }
    }

    private static List<IncrementalStepRunReason> Reasons(IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> steps, string name) =>
        steps[name].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static void AssertNoForbiddenTypes(object? value, HashSet<object> seen, string step)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        value.Should().NotBeAssignableTo<ISymbol>(step);
        value.Should().NotBeAssignableTo<Compilation>(step);
        value.Should().NotBeAssignableTo<SyntaxNode>(step);
        value.Should().NotBeAssignableTo<AdditionalText>(step);
        value.Should().NotBeAssignableTo<SourceText>(step);
        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                AssertNoForbiddenTypes(item, seen, step);
            }
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoForbiddenTypes(field.GetValue(value), seen, step);
        }
    }
}
