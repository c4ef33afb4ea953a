using System.Collections.Generic;

namespace Papers.Generators;

/// <summary>
/// Every MSBuild name the generator reads: the item metadata the package's targets put on <c>AdditionalFiles</c>
/// and the project properties. The compiler passes a key only when <c>buildTransitive/Papers.props</c> declares it
/// (<c>CompilerVisibleItemMetadata</c> / <c>CompilerVisibleProperty</c>); a key read here but not declared there is
/// silently empty in every user's build, so a test compares this list with the props file.
/// </summary>
internal static class BuildContract
{
    /// <summary>Names of item metadata on <c>AdditionalFiles</c>, set by <c>buildTransitive/Papers.targets</c>.</summary>
    public static class Metadata
    {
        /// <summary><c>true</c> on an additional file that is a digest.</summary>
        public const string PaperDigest = nameof(PaperDigest);

        /// <summary>The digest's path as the project wrote it (<c>%(Identity)</c>), for messages and the catalog.</summary>
        public const string PaperDigestPath = nameof(PaperDigestPath);

        /// <summary>The manifest resource name the digest's text is embedded under.</summary>
        public const string PaperDigestResource = nameof(PaperDigestResource);

        /// <summary>
        /// The path from the folder the compiler places generated files in to the digest, for <c>#line</c>
        /// directives (relative, so the generated code is the same on every machine).
        /// </summary>
        public const string PaperDigestLinePath = nameof(PaperDigestLinePath);

        /// <summary>The digest's <c>Sidecar</c> metadata: the project-relative path of its .bib or CSL-JSON file.</summary>
        public const string PaperDigestSidecar = nameof(PaperDigestSidecar);

        /// <summary>The digest's <c>Year</c> metadata, for date lines without a year.</summary>
        public const string Year = nameof(Year);

        /// <summary><c>true</c> on an additional file that is a topics file.</summary>
        public const string PaperTopics = nameof(PaperTopics);

        /// <summary>The topics file's <c>Replace</c> metadata: <c>true</c> drops the default taxonomy.</summary>
        public const string PaperTopicsReplace = nameof(PaperTopicsReplace);

        /// <summary><c>true</c> on an additional file that is a sidecar that exists.</summary>
        public const string PaperSidecar = nameof(PaperSidecar);

        /// <summary>The sidecar's path as the project wrote it, matched against <see cref="PaperDigestSidecar"/>.</summary>
        public const string PaperSidecarPath = nameof(PaperSidecarPath);

        /// <summary>All of them, in declaration order.</summary>
        public static IReadOnlyList<string> All { get; } =
            [PaperDigest, PaperDigestPath, PaperDigestResource, PaperDigestLinePath, PaperDigestSidecar, Year, PaperTopics, PaperTopicsReplace, PaperSidecar, PaperSidecarPath];

        /// <summary>The key the compiler passes an item's metadata under.</summary>
        public static string Key(string name) => "build_metadata.AdditionalFiles." + name;
    }

    /// <summary>Names of the MSBuild properties the generator reads.</summary>
    public static class Properties
    {
        /// <summary>The project's root namespace, the catalog's namespace unless <see cref="PapersNamespace"/> is set.</summary>
        public const string RootNamespace = nameof(RootNamespace);

        /// <summary>The catalog's namespace.</summary>
        public const string PapersNamespace = nameof(PapersNamespace);

        /// <summary>The catalog class's name (default <c>PaperCatalog</c>).</summary>
        public const string PapersClassName = nameof(PapersClassName);

        /// <summary><c>public</c> or <c>internal</c>.</summary>
        public const string PapersVisibility = nameof(PapersVisibility);

        /// <summary>Hover docs per paper (default <c>true</c>).</summary>
        public const string PapersDocs = nameof(PapersDocs);

        /// <summary>The <c>PaperIds</c> constants class (default <c>false</c>).</summary>
        public const string PapersIds = nameof(PapersIds);

        /// <summary>All of them, in declaration order.</summary>
        public static IReadOnlyList<string> All { get; } = [RootNamespace, PapersNamespace, PapersClassName, PapersVisibility, PapersDocs, PapersIds];

        /// <summary>The key the compiler passes a property under.</summary>
        public static string Key(string name) => "build_property." + name;
    }
}
