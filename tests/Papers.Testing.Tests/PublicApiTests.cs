using PublicApiGenerator;
using Papers.Tests.Shared;

namespace Papers.Testing.Tests;

/// <summary>The <c>Papers.Testing</c> package's public API, pinned (see <c>PublicApi/Papers.Testing.verified.txt</c>).</summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_API_of_Papers_Testing_is_the_approved_one()
    {
        string api = typeof(PaperAssertions).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] });

        Approvals.Verify("tests/Papers.Testing.Tests/PublicApi", "Papers.Testing", api, "txt");
    }
}
