using PublicApiGenerator;
using Papers.Tests.Shared;

namespace Papers.Tests;

/// <summary>
/// The public API of the <c>Papers</c> and <c>Papers.Parquet</c> packages, pinned: any change to it is a diff of
/// <c>tests/Papers.Tests/PublicApi/*.verified.txt</c> in review (<c>PAPERS_ACCEPT=1</c> approves one).
/// </summary>
public class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new() { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] };

    [Fact]
    public void The_public_API_of_Papers_is_the_approved_one() =>
        Approvals.Verify("tests/Papers.Tests/PublicApi", "Papers", typeof(Paper).Assembly.GeneratePublicApi(Options), "txt");

    [Fact]
    public void The_public_API_of_Papers_Parquet_is_the_approved_one() =>
        Approvals.Verify("tests/Papers.Tests/PublicApi", "Papers.Parquet", typeof(Papers.Parquet.ParquetExport).Assembly.GeneratePublicApi(Options), "txt");
}
