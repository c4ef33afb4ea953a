extern alias PapersRuntime;

using System.Reflection;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RuntimePaper = PapersRuntime::Papers.Paper;

namespace Papers.Generators.Tests;

/// <summary>Any digest text compiles and comes back exactly; first access is thread-safe; builds are reproducible.</summary>
public class HardeningTests
{
    private static readonly Gen<string> Line = Gen.OneOf(
            Gen.Char,
            Gen.Char["\"'\\{}$#<>&`*/|:-"],
            Gen.Char['\u2028', '\u2029'],
            Gen.Char['\u202A', '\u202E'],
            Gen.Const('\0'),
            Gen.Const('\u0085'))
        .Where(c => c != '\r' && c != '\n' && c != '\uFFFD' && !char.IsSurrogate(c))
        .Array[1, 60]
        .Select(chars => new string(chars).Trim(' ', '\t', '\f', '\v'))
        .Where(s => s.Length > 0);

    [Fact]
    public void Generated_code_compiles_and_round_trips_any_title_and_abstract()
    {
        int checkedCases = 0;
        Gen.Select(Line, Line).Sample((title, tail) =>
        {
            string summary = "An abstract of two sentences. It ends with " + tail + ".";
            DigestInput digest = new("d.txt", $"Mar 11\n\n{title}\n\n{summary}\n");
            var (output, result, diagnostics) = GeneratorHarness.Run([digest]);
            result.Results.Single().Exception.Should().BeNull();
            if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return; // the digest itself is malformed (e.g. the title reads as prose); reported, not compiled
            }

            output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
            var all = GeneratorHarness.StaticList<RuntimePaper>(GeneratorHarness.EmitAndLoad(output, [digest]), "Consumer.PaperCatalog", "All");
            all.Should().ContainSingle();
            all[0].Title.Should().Be(title);
            all[0].Abstract.Should().Be(summary);
            checkedCases++;
        }, iter: 150, threads: 1);

        checkedCases.Should().BeGreaterThan(75, "most random titles are well-formed, so most cases must reach the round-trip check");
    }

    [Fact]
    public void First_access_from_many_threads_sees_one_consistent_catalog()
    {
        var digests = Enumerable.Range(0, 20).Select(d => new DigestInput($"d{d:D2}.txt",
            string.Concat(Enumerable.Range(0, 30).Select(i => $"Mar 11\n\nPaper {d} {i}\n\nAbstract {d} {i}. Shared Paper.\n\n")) + "Shared Title\n\nSame everywhere.\n")).ToList();
        var (output, _, _) = GeneratorHarness.Run(digests);
        Assembly assembly = GeneratorHarness.EmitAndLoad(output, digests);
        var all = GeneratorHarness.StaticList<RuntimePaper>(assembly, "Consumer.PaperCatalog", "All");

        var seen = new RuntimePaper[16][];
        using var start = new Barrier(16);
        // Dedicated threads: a barrier of 16 on a 2-core thread pool would wait for thread injection.
        var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            seen[t] = Enumerable.Range(0, all.Count).Select(i => all[(i + (t * 37)) % all.Count]).OrderBy(p => p.Source.Line).ThenBy(p => p.Source.File).ToArray();
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        all.Count.Should().Be((20 * 30) + 1);
        foreach (RuntimePaper[] view in seen)
        {
            view.Should().Equal(seen[0], (a, b) => ReferenceEquals(a, b));
        }
    }

    [Fact]
    public void A_build_cancelled_while_a_digest_is_parsed_stops_instead_of_finishing_the_work()
    {
        // The token is cancelled only once the generator has started on the digest (it asks for the text), so the
        // driver's own checks between steps cannot be what stops it: the parse loop must observe the token.
        using var cancellation = new CancellationTokenSource();
        var digest = new CancellingText("/project/big.txt", Papers.Corpus.SyntheticCorpus.Digest(20_000), cancellation);
        var options = GeneratorHarness.OptionsFor(new DigestInput("big.txt", string.Empty));

        FluentActions.Invoking(() => PaperCatalogGenerator.ParseDigest(digest, options, new Model.SidecarsModel(Model.EquatableArray<Model.SidecarModel>.Empty), cancellation.Token))
            .Should().Throw<OperationCanceledException>();
        digest.Reads.Should().Be(1, "the generator did reach the digest before it was cancelled");
    }

    private sealed class CancellingText(string path, string text, CancellationTokenSource cancellation) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public int Reads { get; private set; }

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            Reads++;
            cancellation.Cancel();
            return _text;
        }
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        DigestInput digest = new("d.txt", "Mar 11\n\nA Paper: Title\n\nAn abstract with https://github.com/a/b.\n");
        byte[] Build()
        {
            var (output, _, _) = GeneratorHarness.Run([digest]);
            using var stream = new MemoryStream();
            output.Emit(stream, manifestResources: [new ResourceDescription("Papers.Digest:d.txt", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(digest.Text)), true)]).Success.Should().BeTrue();
            return stream.ToArray();
        }

        Build().Should().Equal(Build());
    }
}
