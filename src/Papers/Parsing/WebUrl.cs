using System;

namespace Papers.Parsing;

/// <summary>
/// The one rule for a paper's <c>URL</c>, from a digest or a sidecar: an absolute http or https address. Anything
/// else (<c>javascript:</c>, <c>file:</c>, <c>data:</c>, text) is refused where it enters, so no export carries it.
/// </summary>
internal static class WebUrl
{
    // Characters that would break out of a BibTeX field, an RIS line or an HTML attribute.
    private static readonly char[] Breakers = { ' ', '\t', '\r', '\n', '"', '<', '>', '{', '}', '\\' };

    public static bool IsValid(string url) =>
        url.Length <= 8192
        && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && url.IndexOfAny(Breakers) < 0;
}
