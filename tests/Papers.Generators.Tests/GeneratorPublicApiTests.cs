using Papers.Generators;
using Papers.Tests.Shared;
using PublicApiGenerator;

namespace Papers.Generators.Tests;

/// <summary>
/// The generator assembly ships inside the <c>Papers</c> package, so its public surface is pinned too: only the
/// generator itself, plus the shared model and parser types compiled into it from the runtime sources (public
/// there because they are public in Papers.dll; no user references the analyzer assembly). <c>PAPERS_ACCEPT=1</c>
/// approves a change.
/// </summary>
public class GeneratorPublicApiTests
{
    [Fact]
    public void The_public_API_of_the_generator_is_the_approved_one()
    {
        string api = typeof(PaperCatalogGenerator).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] });

        Approvals.Verify("tests/Papers.Generators.Tests/PublicApi", "Papers.Generators", api, "txt");
    }
}
