namespace Papers.Package.Tests;

/// <summary>Every package test shares one pack of the packages (packing costs tens of seconds).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}
