using System;
using System.Collections.Generic;
using System.Text;

namespace Papers.Citations;

/// <summary>How a style joins the names of one reference (CSL's <c>&lt;name&gt;</c> attributes).</summary>
internal sealed class NameList
{
    /// <summary>Formats the name at a position (0 is the first author).</summary>
    public required Func<PersonName, int, string> Format { get; init; }

    /// <summary>"and", "&amp;" or null for none.</summary>
    public string? And { get; init; }

    /// <summary>Put the delimiter before "and" with two names too (CSL <c>always</c>); otherwise only with three or more.</summary>
    public bool CommaBeforeLastAlways { get; init; }

    /// <summary>Never put the delimiter before "and" (CSL <c>never</c>).</summary>
    public bool CommaBeforeLastNever { get; init; }

    /// <summary>From this many names on, shorten with "et al." (0: never).</summary>
    public int EtAlMin { get; init; }

    public int EtAlUseFirst { get; init; } = 1;

    /// <summary>APA: after the first names, ", … " and the last name instead of "et al.".</summary>
    public bool EtAlUseLast { get; init; }

    /// <summary>The text before "et al." when one name is shown: ", " (MLA), " " (the CSL default).</summary>
    public string EtAlAfterOne { get; init; } = " ";

    public string Delimiter { get; init; } = ", ";

    /// <summary>
    /// How many names an entry shows (citeproc-js sorts on those, without "and" or "et al.").
    /// </summary>
    public int ShownInEntry(int count) => EtAlMin > 0 && count >= EtAlMin ? Math.Min(EtAlUseFirst, count) : count;

    /// <param name="names">The names.</param>
    /// <param name="firstGiven">Given names to put before the first name (disambiguation in the text).</param>
    public string Render(IReadOnlyList<PersonName> names, string? firstGiven = null)
    {
        StringBuilder text = Buffer();
        int count = names.Count;
        int shown = ShownInEntry(count);
        bool shorten = shown < count;
        for (int i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                bool last = !shorten && i == count - 1;
                if (last && And != null)
                {
                    // citeproc-js leaves the comma out between two names only when neither is a personal name.
                    bool personal = IsPersonal(names[0]) || IsPersonal(names[1]);
                    bool comma = !CommaBeforeLastNever && (count >= 3 || (CommaBeforeLastAlways && personal));
                    text.Append(comma ? Delimiter : " ").Append(And).Append(' ');
                }
                else
                {
                    text.Append(Delimiter);
                }
            }

            if (i == 0 && firstGiven != null)
            {
                text.Append(firstGiven).Append(' ');
            }

            text.Append(Format(names[i], i));
        }

        if (shorten)
        {
            if (EtAlUseLast)
            {
                text.Append(Delimiter).Append("… ").Append(Format(names[count - 1], count - 1));
            }
            else
            {
                text.Append(shown > 1 ? Delimiter : EtAlAfterOne).Append("et al.");
            }
        }

        string result = Typography.Polish(text.ToString());
        text.Clear();
        return result;
    }

    // One buffer per thread: names are rendered for every entry and citation of a list.
    [ThreadStatic]
    private static StringBuilder? _buffer;

    private static StringBuilder Buffer()
    {
        StringBuilder buffer = _buffer ??= new StringBuilder(256);
        buffer.Clear();
        return buffer;
    }

    private static bool IsPersonal(PersonName name) => !name.IsLiteral && name.Given.Length > 0;
}
