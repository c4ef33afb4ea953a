using System.Collections.Generic;
using System.Linq;
using Papers.Parsing.Sidecar;

namespace Papers.Parsing;

/// <summary>
/// Message templates that the generator and the run-time loader both report, so a build and <c>papers lint</c>
/// say the same words for the same input (ids in <see cref="DigestRules"/>).
/// </summary>
internal static class DigestMessages
{
    /// <summary>PAPER017: a sidecar record that matched no paper of the digests using the sidecar.</summary>
    public static string UnmatchedSidecarRecord(SidecarEntry record, int index, string sidecar, IEnumerable<string> digests) =>
        $"The sidecar record '{DigestParser.Clip(record.Title ?? record.ArxivId ?? $"record {index + 1}")}' in '{sidecar}' matches no paper of " +
        $"{string.Join(", ", digests.Select(d => "'" + d + "'"))} by arXiv id or title; its metadata is not used.";
}
