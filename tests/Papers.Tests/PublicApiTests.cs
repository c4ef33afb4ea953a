using PublicApiGenerator;
using Papers.Tests.Shared;

namespace Papers.Tests;

/// <summary>
/// The <c>Papers</c> package's public API, pinned: any change to it is a diff of
/// <c>tests/Papers.Tests/PublicApi/Papers.verified.txt</c> in review (<c>PAPERS_ACCEPT=1</c> approves one).
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_API_of_Papers_is_the_approved_one()
    {
        string api = typeof(Paper).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] });

        Approvals.Verify("tests/Papers.Tests/PublicApi", "Papers", api, "txt");
    }
}
