using System;
using System.Text.RegularExpressions;

namespace Papers.Parsing;

/// <summary>
/// The one rule for arXiv ids, whatever they come from (a digest's metadata block, a sidecar's eprint, number, URL
/// or DataCite DOI): the modern <c>YYMM.NNNNN</c> and the legacy <c>archive/YYMMNNN</c> forms, with an optional
/// version. Anything else is not an id, so no text from a sidecar can become a paper's <c>Id</c> or reach an export.
/// </summary>
internal static class ArxivId
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Modern = new(@"^\d{4}\.\d{4,5}(v\d+)?$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Legacy = new(@"^[a-z][a-z\-]*(\.[A-Z]{2})?/\d{7}(v\d+)?$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>Whether the text (without an <c>arXiv:</c> prefix) is an arXiv id.</summary>
    public static bool IsValid(string id) => id.Length <= 64 && (Modern.IsMatch(id) || Legacy.IsMatch(id));

    /// <summary>The id without a leading <c>arXiv:</c> and surrounding space, when it is one; else null.</summary>
    public static string? Clean(string text)
    {
        string id = text.Trim();
        if (id.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase))
        {
            id = id.Substring(6).Trim();
        }

        return IsValid(id) ? id : null;
    }

    /// <summary>
    /// The year and month version 1 was submitted, which the id encodes: <c>2003.01234</c> is March 2020,
    /// <c>hep-th/9901001</c> January 1999. Null for text that is not an id.
    /// </summary>
    public static (int Year, int Month)? Submitted(string? id)
    {
        if (id is null || !IsValid(id))
        {
            return null;
        }

        int slash = id.IndexOf('/');
        int at = slash < 0 ? 0 : slash + 1;
        int yy = ((id[at] - '0') * 10) + (id[at + 1] - '0');
        int month = ((id[at + 2] - '0') * 10) + (id[at + 3] - '0');
        if (month is < 1 or > 12)
        {
            return null;
        }

        // Legacy ids began in 1991 and ended in March 2007; modern ids began in April 2007.
        int year = slash >= 0 && yy >= 91 ? 1900 + yy : 2000 + yy;
        return (year, month);
    }
}
