namespace Papers.Package.Tests;

/// <summary>What a consumer's project file says beyond the package reference: MSBuild properties and items, as XML.</summary>
public sealed record ConsumerProject(string Properties, string Items, bool WarningsAsErrors = true)
{
    /// <summary>The plain consumer: every digest in digests/, ids on (the seed test reads one).</summary>
    public static ConsumerProject Default { get; } = new("<PapersIds>true</PapersIds>", """<PaperDigest Include="digests/*.txt" />""");
}
