using System.Collections.Generic;
using System.Linq;
using Papers.Parsing.Sidecar;

namespace Papers.Parsing;

/// <summary>
/// The words of every diagnostic that both the generator and the run-time loader report, so a build and
/// <c>papers lint</c> say the same thing for the same input (ids in <see cref="DigestRules"/>). Each host finds
/// the problem its own way (the compiler hands over decoded text, the loader reads bytes); the message is one.
/// </summary>
internal static class DigestMessages
{
    /// <summary>PAPER001: bytes that are not UTF-8, first met on <paramref name="line"/>.</summary>
    public static string NotUtf8(string digest, int line) =>
        $"The digest '{digest}' is not valid UTF-8: its line {line} has bytes that decode to U+FFFD (the replacement character); save it as UTF-8.";

    /// <summary>PAPER001: an encoding that is refused outright (see <see cref="DigestEncoding"/>).</summary>
    public static string WrongEncoding(string digest, string found) =>
        $"The digest '{digest}' is not UTF-8: it looks like {found}; save it as UTF-8.";

    /// <summary>PAPER001: text an older compiler decoded with a fallback encoding (only a build meets it).</summary>
    public static string DecodedAs(string digest, string encoding) =>
        $"The digest '{digest}' is not valid UTF-8 (it only decodes as {encoding}); save it as UTF-8.";

    /// <summary>PAPER001: a file nobody could read at all.</summary>
    public static string Unreadable(string digest) => $"The digest '{digest}' could not be read.";

    /// <summary>PAPER009: a <c>Year</c> that is not a year.</summary>
    public static string BadYear(string digest, string year) =>
        $"The Year metadata of digest '{digest}' is '{year}'; expected a year from 1 to 9999, such as 2024.";

    /// <summary>PAPER016: a sidecar that is named but is not there.</summary>
    public static string SidecarMissing(string sidecar, string digest) =>
        $"The sidecar '{sidecar}' of digest '{digest}' does not exist or is not a file.";

    /// <summary>PAPER016: a sidecar with bytes that are not UTF-8, first met on <paramref name="line"/>.</summary>
    public static string SidecarNotUtf8(string sidecar, int line) =>
        $"The sidecar '{sidecar}' is not valid UTF-8: its line {line} has bytes that decode to U+FFFD (the replacement character); save it as UTF-8.";

    /// <summary>PAPER016: a sidecar whose syntax is broken.</summary>
    public static string SidecarUnreadable(string sidecar, string why) => $"The sidecar '{sidecar}' cannot be read: {why}";

    /// <summary>PAPER017: a sidecar record that matched no paper of the digests using the sidecar.</summary>
    public static string UnmatchedSidecarRecord(SidecarEntry record, int index, string sidecar, IEnumerable<string> digests) =>
        $"The sidecar record '{DigestParser.Clip(record.Title ?? record.ArxivId ?? $"record {index + 1}")}' in '{sidecar}' matches no paper of " +
        $"{string.Join(", ", digests.Select(d => "'" + d + "'"))} by arXiv id or title; its metadata is not used.";
}
