using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Papers.Parsing;

namespace Papers.Generators;

/// <summary>
/// One descriptor per rule. The wording of each message comes from the shared parser (so the run-time loader says
/// exactly the same); the descriptor carries id, title, category and default severity.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpLink = "https://github.com/papers-dotnet/papers/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor NotUtf8 = new(
        DigestRules.NotUtf8, "Digest file is not valid UTF-8", "{0}", "Papers.Digest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.NotUtf8));

    public static readonly DiagnosticDescriptor TooLarge = new(
        DigestRules.TooLarge, "Digest file exceeds the size limit", "{0}", "Papers.Digest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.TooLarge));

    public static readonly DiagnosticDescriptor NoPapers = new(
        DigestRules.NoPapers, "Digest has no papers", "{0}", "Papers.Digest", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.NoPapers));

    public static readonly DiagnosticDescriptor MissingAbstract = new(
        DigestRules.MissingAbstract, "Paper title has no abstract", "{0}", "Papers.Digest", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.MissingAbstract));

    public static readonly DiagnosticDescriptor ProseForTitle = new(
        DigestRules.ProseForTitle, "Paragraph where a title was expected", "{0}", "Papers.Digest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.ProseForTitle));

    public static readonly DiagnosticDescriptor BadDate = new(
        DigestRules.BadDate, "Date line is not a valid date", "{0}", "Papers.Digest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.BadDate));

    public static readonly DiagnosticDescriptor DuplicateTitle = new(
        DigestRules.DuplicateTitle, "Duplicate title within one digest", "{0}", "Papers.Digest", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.DuplicateTitle));

    public static readonly DiagnosticDescriptor NameCollision = new(
        DigestRules.NameCollision, "Member name collision, renamed with a suffix", "{0}", "Papers.Naming", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.NameCollision));

    public static readonly DiagnosticDescriptor BadSetting = new(
        DigestRules.BadSetting, "Invalid MSBuild setting", "{0}", "Papers.Configuration", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.BadSetting));

    public static readonly DiagnosticDescriptor InternalError = new(
        DigestRules.InternalError, "Internal generator failure", "{0}", "Papers.Generator", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.InternalError));

    public static readonly DiagnosticDescriptor BadMetadata = new(
        DigestRules.BadMetadata, "Invalid metadata value", "{0}", "Papers.Digest", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.BadMetadata));

    public static readonly DiagnosticDescriptor BadTopics = new(
        DigestRules.BadTopics, "Invalid topics file line", "{0}", "Papers.Topics", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.BadTopics));

    public static readonly DiagnosticDescriptor QuerySyntax = new(
        DigestRules.QuerySyntax, "Malformed compile-time query", "{0}", "Papers.Query", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.QuerySyntax));

    public static readonly DiagnosticDescriptor QueryEmpty = new(
        DigestRules.QueryEmpty, "Compile-time query matches nothing", "{0}", "Papers.Query", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.QueryEmpty));

    public static readonly DiagnosticDescriptor QueryShape = new(
        DigestRules.QueryShape, "PaperQuery on a member of the wrong shape", "{0}", "Papers.Query", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.QueryShape));

    public static readonly DiagnosticDescriptor BadSidecar = new(
        DigestRules.BadSidecar, "Sidecar metadata file cannot be read", "{0}", "Papers.Sidecar", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.BadSidecar));

    public static readonly DiagnosticDescriptor UnmatchedSidecarEntry = new(
        DigestRules.UnmatchedSidecarEntry, "Sidecar record matches no paper", "{0}", "Papers.Sidecar", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DigestRules.UnmatchedSidecarEntry));

    public static readonly DiagnosticDescriptor UnknownPaperId = new(
        "PAPER018", "String names no paper of the catalog", "'{0}' is not a paper of {1}; {2}", "Papers.Usage", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help("PAPER018"));

    public static readonly DiagnosticDescriptor PaperIdOnNonString = new(
        "PAPER019", "PaperId on a member that holds no string", "[PaperId] marks strings that name papers, but '{0}' is a {1}; remove the attribute or make it a string", "Papers.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help("PAPER019"));

    public static readonly DiagnosticDescriptor TypedLookup = new(
        Analyzers.PaperLookupAnalyzer.DiagnosticId, "Look-up by string that a typed member can replace", "{0} names one paper: use {1}.{2}, which the compiler checks", "Papers.Usage", DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: Help(Analyzers.PaperLookupAnalyzer.DiagnosticId));

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [DigestRules.NotUtf8] = NotUtf8,
        [DigestRules.TooLarge] = TooLarge,
        [DigestRules.NoPapers] = NoPapers,
        [DigestRules.MissingAbstract] = MissingAbstract,
        [DigestRules.ProseForTitle] = ProseForTitle,
        [DigestRules.BadDate] = BadDate,
        [DigestRules.DuplicateTitle] = DuplicateTitle,
        [DigestRules.NameCollision] = NameCollision,
        [DigestRules.BadSetting] = BadSetting,
        [DigestRules.InternalError] = InternalError,
        [DigestRules.BadMetadata] = BadMetadata,
        [DigestRules.BadTopics] = BadTopics,
        [DigestRules.QuerySyntax] = QuerySyntax,
        [DigestRules.QueryEmpty] = QueryEmpty,
        [DigestRules.QueryShape] = QueryShape,
        [DigestRules.BadSidecar] = BadSidecar,
        [DigestRules.UnmatchedSidecarEntry] = UnmatchedSidecarEntry,
    };

    public static DiagnosticDescriptor For(string id) => ById[id];

    // GitHub makes "## PAPER001" the anchor "#paper001".
    private static string Help(string id) => HelpLink + id.ToLowerInvariant();
}
