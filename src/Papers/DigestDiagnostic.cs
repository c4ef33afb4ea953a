using System.Globalization;

namespace Papers;

/// <summary>How serious a digest problem is; errors fail the build when the generator reports them.</summary>
public enum DigestSeverity
{
    /// <summary>Worth knowing; nothing was lost.</summary>
    Info = 0,

    /// <summary>Probably a mistake; the papers were still produced.</summary>
    Warning = 1,

    /// <summary>The digest is malformed; something could not be read.</summary>
    Error = 2,
}

/// <summary>
/// A problem found in a digest, located at a file, line and column. The generator reports these as
/// compiler diagnostics with the same <see cref="Id"/>; the run-time loader returns them as data.
/// </summary>
/// <param name="Id">The stable rule id, <c>PAPERnnn</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="File">The digest path.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong and what to do, in one sentence.</param>
public sealed record DigestDiagnostic(string Id, DigestSeverity Severity, string File, int Line, int Column, string Message)
{
    /// <summary>Compiler style: <c>digests/a.txt(3,1): warning PAPER004: …</c>.</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}({1},{2}): {3} {4}: {5}",
        File,
        Line,
        Column,
        Severity.ToString().ToLowerInvariant(),
        Id,
        Message);
}
