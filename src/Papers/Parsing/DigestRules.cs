namespace Papers.Parsing;

/// <summary>
/// The stable diagnostic ids. One table shared by the generator (compiler diagnostics) and the run-time
/// loader (diagnostics as data); ids are never reused, see <c>AnalyzerReleases.Shipped.md</c>.
/// </summary>
internal static class DigestRules
{
    public const string NotUtf8 = "PAPER001";
    public const string TooLarge = "PAPER002";
    public const string NoPapers = "PAPER003";
    public const string MissingAbstract = "PAPER004";
    public const string ProseForTitle = "PAPER005";
    public const string BadDate = "PAPER006";
    public const string DuplicateTitle = "PAPER007";
    public const string NameCollision = "PAPER008";
    public const string BadSetting = "PAPER009";
    public const string InternalError = "PAPER010";
    public const string BadMetadata = "PAPER011";
    public const string BadTopics = "PAPER012";
    public const string QuerySyntax = "PAPER013";
    public const string QueryEmpty = "PAPER014";
    public const string QueryShape = "PAPER015";
    public const string BadSidecar = "PAPER016";
    public const string UnmatchedSidecarEntry = "PAPER017";

    /// <summary>Default upper bound on one digest's size in UTF-16 chars (256 Mi ≈ 250k papers).</summary>
    public const int DefaultMaxChars = 256 * 1024 * 1024;

    /// <summary>Titles longer than this are treated as prose.</summary>
    public const int MaxTitleLength = 400;
}
