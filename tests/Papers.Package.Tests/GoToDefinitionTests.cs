using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Papers.Package.Tests;

/// <summary>
/// A packaged build maps each paper's member to its title in the digest. The compiler writes what a relative
/// <c>#line</c> path resolves to into the PDB (the debugger's and the editor's view of the mapping), so the
/// getter's sequence point there names the digest file, the title's line and its columns, or the mapping is broken.
/// </summary>
[Collection(PackageCollection.Name)]
public class GoToDefinitionTests(PackedPackage package)
{
    private const string Digest = "Get trending papers in your email inbox!\n\nMar 11\n\n   E-ViLM: Efficient Video-Language Model\n\nWe pretrain with masked video modeling at scale, and it works well on phones.\n";

    [Fact]
    public void A_paper_member_maps_to_its_title_in_the_digest_with_and_without_emitted_generated_files()
    {
        string consumer = package.CreateConsumer("Mapped", "System.Console.WriteLine(Reading.PaperCatalog.EViLM.Title);",
            new Dictionary<string, string> { ["digests/sub dir/mar11.txt"] = Digest },
            new ConsumerProject(string.Empty, """<PaperDigest Include="digests/**/*.txt" />"""));
        string digest = Path.Combine(consumer, "digests", "sub dir", "mar11.txt");

        foreach (string emit in new[] { "false", "true" })
        {
            DotNet.Result build = package.Dotnet(consumer, "build", "--disable-build-servers", "-p:ContinuousIntegrationBuild=false", "-p:EmitCompilerGeneratedFiles=" + emit);
            build.ExitCode.Should().Be(0, build.ToString());

            var point = GetterSequencePoint(Path.Combine(consumer, "bin", "Debug", "net10.0", "Mapped"), "Reading.PaperCatalog", "get_EViLM");
            point.Document.Should().Be(digest, $"EmitCompilerGeneratedFiles={emit}: the relative path resolves to the digest");
            (point.StartLine, point.StartColumn, point.EndLine, point.EndColumn).Should().Be((5, 4, 5, 42), "the title, without its indentation");
        }

        // The emitted file shows the path as written: relative, so it is the same on every machine.
        string generated = File.ReadAllText(Path.Combine(consumer, "obj", "Debug", "net10.0", "generated", "Papers.Generators", "Papers.Generators.PaperCatalogGenerator", "PaperCatalog.Papers000.g.cs"));
        generated.Should().Contain("#line (5, 4) - (5, 41) ").And.Contain("\"../../../../../../digests/sub dir/mar11.txt\"").And.NotContain(consumer);
    }

    private static (string Document, int StartLine, int StartColumn, int EndLine, int EndColumn) GetterSequencePoint(string assemblyBase, string type, string method)
    {
        using var pe = new PEReader(File.OpenRead(assemblyBase + ".dll"));
        MetadataReader metadata = pe.GetMetadataReader();
        MethodDefinitionHandle handle = metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name) == type)
            .SelectMany(t => t.GetMethods())
            .Single(m => metadata.GetString(metadata.GetMethodDefinition(m).Name) == method);

        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(assemblyBase + ".pdb"));
        MetadataReader pdb = pdbProvider.GetMetadataReader();
        SequencePoint point = pdb.GetMethodDebugInformation(handle.ToDebugInformationHandle()).GetSequencePoints().Single(p => !p.IsHidden);
        return (pdb.GetString(pdb.GetDocument(point.Document).Name), point.StartLine, point.StartColumn, point.EndLine, point.EndColumn);
    }
}
