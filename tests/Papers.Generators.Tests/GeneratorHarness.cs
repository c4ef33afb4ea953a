extern alias PapersRuntime;

using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Papers.Generators;

namespace Papers.Generators.Tests;

/// <summary>A digest (or a topics or sidecar file) as the package's targets would hand it to the generator.</summary>
internal sealed record DigestInput(string Path, string Text, string? Year = null, bool Topics = false, bool Replace = false, string? Sidecar = null, bool IsSidecar = false);

/// <summary>
/// Runs the generator the way the compiler does: digests as additional files with the build metadata the
/// package's targets set, through a <see cref="CSharpGeneratorDriver"/> with step tracking on.
/// </summary>
internal static class GeneratorHarness
{
    public const string RootDirectory = "/project/";

    /// <summary>Where a build of a project in <see cref="RootDirectory"/> places the generator's files: what <c>#line</c> paths are relative to.</summary>
    public const string GeneratedDirectory = RootDirectory + "obj/Debug/net10.0/Papers.Generators/Papers.Generators.PaperCatalogGenerator/";

    /// <summary>The framework and the Papers run time: what a consumer compiles against.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    {
        string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return tpa.Split(System.IO.Path.PathSeparator)
            .Where(p => System.IO.Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || System.IO.Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(PapersRuntime::Papers.Paper).Assembly.Location))
            .ToImmutableArray();
    });

    public static CSharpCompilation Compilation(string source = "namespace Consumer { internal static class Program { } }", string assemblyName = "Consumer") =>
        CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose), path: RootDirectory + "Program.cs")],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public static GeneratorDriver Driver(IEnumerable<DigestInput> digests, IDictionary<string, string>? properties = null)
    {
        var texts = digests.Select(d => (AdditionalText)new InMemoryText(RootDirectory + d.Path, d.Text)).ToImmutableArray();
        return CSharpGeneratorDriver.Create(
            [new PaperCatalogGenerator().AsSourceGenerator()],
            texts,
            new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
            new OptionsProvider(digests, properties ?? new Dictionary<string, string> { ["RootNamespace"] = "Consumer" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>The additional files and options the compiler would give the project's analyzers.</summary>
    public static AnalyzerOptions AnalyzerOptions(IEnumerable<DigestInput> digests, IDictionary<string, string>? properties = null) => new(
        digests.Select(d => (AdditionalText)new InMemoryText(RootDirectory + d.Path, d.Text)).ToImmutableArray(),
        new OptionsProvider(digests, properties ?? new Dictionary<string, string> { ["RootNamespace"] = "Consumer" }));

    /// <summary>Generates the catalog into <paramref name="source"/>'s compilation, then runs analyzers over it as a build would.</summary>
    public static Task<(Compilation Output, ImmutableArray<Diagnostic> Diagnostics)> Analyze(
        IEnumerable<DigestInput> digests, string source, params DiagnosticAnalyzer[] analyzers) =>
        Analyze(digests, Compilation(source), analyzers);

    /// <inheritdoc cref="Analyze(IEnumerable{DigestInput}, string, DiagnosticAnalyzer[])"/>
    public static async Task<(Compilation Output, ImmutableArray<Diagnostic> Diagnostics)> Analyze(
        IEnumerable<DigestInput> digests, CSharpCompilation compilation, params DiagnosticAnalyzer[] analyzers)
    {
        var inputs = digests.ToList();
        var (output, _, _) = Run(inputs, compilation: compilation);
        // An analyzer's exception would be AD0001 in every user's build: here it fails the test.
        var exceptions = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var withAnalyzers = output.WithAnalyzers([.. analyzers], new CompilationWithAnalyzersOptions(
            AnalyzerOptions(inputs), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        exceptions.Should().BeEmpty();
        diagnostics.Should().NotContain(d => d.Id == "AD0001");
        return (output, diagnostics);
    }

    public static (Compilation Output, GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> Diagnostics) Run(
        IEnumerable<DigestInput> digests, IDictionary<string, string>? properties = null, CSharpCompilation? compilation = null)
    {
        compilation ??= Compilation();
        GeneratorDriver driver = Driver(digests, properties).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return (output, driver.GetRunResult(), diagnostics);
    }

    /// <summary>Compiles the output with the digests embedded as the targets would, and loads it.</summary>
    public static Assembly EmitAndLoad(Compilation output, IEnumerable<DigestInput> digests)
    {
        var resources = digests.Where(d => !d.Topics).Select(d => new ResourceDescription((d.IsSidecar ? "Papers.Sidecar:" : "Papers.Digest:") + d.Path, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(d.Text)), isPublic: true));
        using var peStream = new MemoryStream();
        var emit = output.Emit(peStream, manifestResources: resources);
        emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        peStream.Position = 0;
        var context = new AssemblyLoadContext("papers-test-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(peStream);
    }

    public static IReadOnlyList<T> StaticList<T>(Assembly assembly, string type, string property) =>
        (IReadOnlyList<T>)assembly.GetType(type, throwOnError: true)!.GetProperty(property)!.GetValue(null)!;

    /// <summary>A digest (or any additional file) held in memory.</summary>
    internal sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Every options key the generator asked for through the harness, declared or not (see BuildContractTests).</summary>
    public static IReadOnlyCollection<string> KeysRead
    {
        get
        {
            lock (Requested)
            {
                return Requested.ToArray();
            }
        }
    }

    private static readonly HashSet<string> Requested = new(StringComparer.Ordinal);

    // The keys the package's targets and props hand the compiler, written with the generator's own contract names.
    private static Dictionary<string, string> FileOptions(DigestInput d) => d.Topics ? new Dictionary<string, string>
    {
        [Key(BuildContract.Metadata.PaperTopics)] = "true",
        [Key(BuildContract.Metadata.PaperTopicsReplace)] = d.Replace ? "true" : string.Empty,
    } : d.IsSidecar ? new Dictionary<string, string>
    {
        [Key(BuildContract.Metadata.PaperSidecar)] = "true",
        [Key(BuildContract.Metadata.PaperSidecarPath)] = d.Path,
    } : new Dictionary<string, string>
    {
        [Key(BuildContract.Metadata.PaperDigest)] = "true",
        [Key(BuildContract.Metadata.PaperDigestPath)] = d.Path,
        [Key(BuildContract.Metadata.PaperDigestResource)] = "Papers.Digest:" + d.Path,
        [Key(BuildContract.Metadata.PaperDigestLinePath)] = System.IO.Path.GetRelativePath(GeneratedDirectory, RootDirectory + d.Path).Replace('\\', '/'),
        [Key(BuildContract.Metadata.PaperDigestSidecar)] = d.Sidecar ?? string.Empty,
        [Key(BuildContract.Metadata.Year)] = d.Year ?? string.Empty,
    };

    private static string Key(string metadata) => BuildContract.Metadata.Key(metadata);

    /// <summary>
    /// The same options as a global analyzer config (what the compiler builds from the targets' editorconfig),
    /// for hosts that take files rather than a provider: the code-fix test framework.
    /// </summary>
    public static string GlobalConfig(IEnumerable<DigestInput> digests, IDictionary<string, string>? properties = null)
    {
        var config = new System.Text.StringBuilder("is_global = true\n");
        foreach (var (key, value) in properties ?? new Dictionary<string, string> { ["RootNamespace"] = "Consumer" })
        {
            config.Append(BuildContract.Properties.Key(key)).Append(" = ").Append(value).Append('\n');
        }

        foreach (DigestInput digest in digests)
        {
            config.Append('[').Append(RootDirectory).Append(digest.Path).Append("]\n");
            foreach (var (key, value) in FileOptions(digest))
            {
                config.Append(key).Append(" = ").Append(value).Append('\n');
            }
        }

        return config.ToString();
    }

    /// <summary>The options the package would give one file, for calling a pipeline step directly.</summary>
    public static AnalyzerConfigOptions OptionsFor(DigestInput input) => new Options(FileOptions(input));

    private sealed class OptionsProvider(IEnumerable<DigestInput> digests, IDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, Options> _files = digests.ToDictionary(d => RootDirectory + d.Path, d => new Options(FileOptions(d)));

        public override AnalyzerConfigOptions GlobalOptions { get; } =
            new Options(properties.ToDictionary(p => BuildContract.Properties.Key(p.Key), p => p.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _files.TryGetValue(textFile.Path, out Options? options) ? options : Options.Empty;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new([]);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            // Only MSBuild's keys: the compiler itself asks analyzer runs for others (severities, generated_code).
            if (key.StartsWith("build_", StringComparison.Ordinal))
            {
                lock (Requested)
                {
                    Requested.Add(key);
                }
            }

            return values.TryGetValue(key, out value);
        }
    }
}
