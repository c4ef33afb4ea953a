namespace Papers.Generators.Model;

/// <summary>The parse of one digest file: the cache boundary of the per-file step.</summary>
/// <param name="FilePath">The full path the compiler knows the file by: where diagnostics point.</param>
/// <param name="DeclaredPath">The path as the project wrote it, forward slashes: what users and the run time see.</param>
/// <param name="ResourceName">The manifest resource the targets embedded the file as.</param>
/// <param name="Year">The item's <c>Year</c> metadata.</param>
/// <param name="Sidecar">The sidecar's declared path when one was found and merged, else null.</param>
/// <param name="MatchedSidecarRecords">Indexes of the sidecar records that matched an entry of this digest.</param>
/// <param name="LinePath">The path <c>#line</c> directives name the digest by, or null to write none.</param>
internal sealed record DigestModel(
    string FilePath,
    string DeclaredPath,
    string ResourceName,
    int? Year,
    EquatableArray<EntryModel> Entries,
    EquatableArray<DiagnosticInfo> Diagnostics,
    string? Sidecar = null,
    EquatableArray<int> MatchedSidecarRecords = default,
    string? LinePath = null);
