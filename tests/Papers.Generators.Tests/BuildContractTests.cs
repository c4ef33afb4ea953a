using System.Xml.Linq;
using Papers.Tests.Shared;

namespace Papers.Generators.Tests;

/// <summary>
/// The compiler hands a generator only the item metadata and properties that the package's props declare. A key
/// the generator reads but the props do not declare is empty in every real build while harness tests pass, so the
/// lists are compared here, against what the generator actually asks for.
/// </summary>
public class BuildContractTests
{
    private static readonly XDocument Props = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "Papers", "buildTransitive", "Papers.props"));

    private static readonly XDocument Targets = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "Papers", "buildTransitive", "Papers.targets"));

    private static IEnumerable<string> DeclaredMetadata() =>
        Props.Descendants("CompilerVisibleItemMetadata")
            .Where(e => (string?)e.Attribute("Include") == "AdditionalFiles")
            .Select(e => (string)e.Attribute("MetadataName")!);

    private static IEnumerable<string> DeclaredProperties() =>
        Props.Descendants("CompilerVisibleProperty").Select(e => (string)e.Attribute("Include")!);

    [Fact]
    public void The_props_declare_exactly_the_metadata_and_properties_of_the_contract()
    {
        DeclaredMetadata().Should().BeEquivalentTo(BuildContract.Metadata.All);
        DeclaredProperties().Should().BeEquivalentTo(BuildContract.Properties.All);
    }

    [Fact]
    public void The_targets_set_every_metadata_the_generator_reads_except_the_users_own()
    {
        // As attributes where an item is made, as child elements where a target sets metadata on existing items.
        var set = Targets.Descendants("AdditionalFiles")
            .SelectMany(e => e.Attributes().Select(a => a.Name.LocalName).Concat(e.Elements().Select(c => c.Name.LocalName)))
            .ToHashSet();

        // Year is written by the user on the PaperDigest item and copied with it; the rest the targets set.
        BuildContract.Metadata.All.Where(name => name != BuildContract.Metadata.Year).Should().OnlyContain(name => set.Contains(name));
    }

    [Fact]
    public void Every_key_the_generator_reads_is_declared_in_the_props()
    {
        // One run over every feature: a digest with a year and a sidecar, a topics file, every property.
        GeneratorHarness.Run(
            [
                new DigestInput("digests/a.txt", "Mar 11\n\nA Paper\n\nAn abstract.\n", Year: "2024", Sidecar: "refs.bib"),
                new DigestInput("refs.bib", "@misc{a, title = {A Paper}, author = {Doe, Jane}}", IsSidecar: true),
                new DigestInput("topics.txt", "lab: Lab | paper\n", Topics: true, Replace: true),
            ],
            BuildContract.Properties.All.ToDictionary(p => p, p => p switch
            {
                BuildContract.Properties.PapersVisibility => "internal",
                BuildContract.Properties.PapersDocs or BuildContract.Properties.PapersIds => "true",
                _ => "Contract",
            }));

        var declared = DeclaredMetadata().Select(BuildContract.Metadata.Key).Concat(DeclaredProperties().Select(BuildContract.Properties.Key)).ToHashSet();

        GeneratorHarness.KeysRead.Should().NotBeEmpty().And.OnlyContain(key => declared.Contains(key), "the compiler passes no undeclared key");
        GeneratorHarness.KeysRead.Should().Contain(BuildContract.Metadata.Key(BuildContract.Metadata.PaperDigestSidecar));
    }
}
