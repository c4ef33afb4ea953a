using System;
using System.Collections.Generic;
using System.Text;
using Papers.Parsing;
using Papers.Text;

namespace Papers.Citations;

/// <summary>
/// One author as citation styles need it: family name (with its lower-case particles, <c>van der Tak</c>), given
/// names, suffix — or a literal name for a group (<c>The BABAR Collaboration</c>). TeX is already Unicode here.
/// </summary>
internal sealed class PersonName
{
    private static readonly char[] DotsAndHyphens = { '.', '-' };
    private static readonly char[] Whitespace = { ' ', '\t', '\n', '\r' };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "la", "le", "du", "di", "da", "del", "della", "dos", "das", "ten", "ter", "zu", "vom", "al", "el", "bin", "ibn",
    };

    private static readonly string[] GroupWords = { "Collaboration", "Consortium", "Team", "Group", "Project", "Committee", "Organization", "Institute", "University", "Laboratory", "Association", "Society" };

    private PersonName(string family, string given, string suffix, bool literal)
    {
        Family = family;
        Given = given;
        Suffix = suffix;
        IsLiteral = literal;
    }

    /// <summary>The family name, particles included; for a literal name, the whole name.</summary>
    public string Family { get; }

    /// <summary>Given names as written (<c>Ileana</c>, <c>E. L.</c>); empty when unknown.</summary>
    public string Given { get; }

    /// <summary><c>Jr.</c>, <c>III</c> or empty.</summary>
    public string Suffix { get; }

    /// <summary>A group or a single word that must never be split or initialized.</summary>
    public bool IsLiteral { get; }

    /// <summary>Reads "Given Family", "Family, Given" or "Given Family, Jr." with TeX accents.</summary>
    public static PersonName Parse(string raw)
    {
        // "{World Health Organization}": BibTeX's way of saying "one name, never split".
        string trimmed = raw.Trim();
        if (trimmed.Length > 2 && trimmed[0] == '{' && trimmed[trimmed.Length - 1] == '}' && trimmed.IndexOf('}') == trimmed.Length - 1)
        {
            return Literal(TexText.ToUnicode(trimmed.Substring(1, trimmed.Length - 2)));
        }

        string text = Collapse(TexText.ToUnicode(raw.Replace('\u00A0', ' ')));
        foreach (string word in GroupWords)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return new PersonName(text, string.Empty, string.Empty, literal: true);
            }
        }

        // "Family, Given", "Given Family, Jr." and BibTeX's "Family, Jr., Given".
        string suffix = string.Empty;
        int comma = text.IndexOf(',');
        if (comma > 0)
        {
            string before = text.Substring(0, comma).Trim();
            string after = text.Substring(comma + 1).Trim();
            int second = after.IndexOf(',');
            if (second > 0 && AuthorList.IsSuffix(after.Substring(0, second).Trim()))
            {
                return Simple(before, after.Substring(second + 1).Trim(), after.Substring(0, second).Trim());
            }

            if (!AuthorList.IsSuffix(after))
            {
                return Simple(before, after, string.Empty);
            }

            text = before;
            suffix = after;
        }

        // "Martin Luther King Jr.": a generational suffix at the end is no family name.
        int last = text.LastIndexOf(' ');
        if (suffix.Length == 0 && last > 0 && text.IndexOf(' ') < last && AuthorList.IsSuffix(text.Substring(last + 1)))
        {
            suffix = text.Substring(last + 1);
            text = text.Substring(0, last);
        }

        // The family name is the last word and the lower-case particles right before it.
        int start = text.LastIndexOf(' ');
        if (start < 0)
        {
            return SplitInitials(text, string.Empty, suffix);
        }

        while (start > 0)
        {
            int previous = text.LastIndexOf(' ', start - 1);
            if (previous < 0 || !Particles.Contains(text.Substring(previous + 1, start - previous - 1)))
            {
                break;
            }

            start = previous;
        }

        return SplitInitials(text.Substring(start + 1), text.Substring(0, start), suffix);
    }

    // "J.P.Smith" and "A.d'Arco": initials written without a space before the family name. The family is what
    // follows the last dot when that is a word (two or more characters, starting with a letter).
    private static PersonName SplitInitials(string family, string given, string suffix)
    {
        int dot = family.LastIndexOf('.');
        if (dot > 0 && dot < family.Length - 2 && char.IsLetter(family[dot + 1]) && char.IsLetter(family[0]))
        {
            string initials = family.Substring(0, dot + 1);
            return Simple(family.Substring(dot + 1), given.Length == 0 ? initials : given + " " + initials, suffix);
        }

        return Simple(family, given, suffix);
    }

    /// <summary>An inverted name with its suffix as CSL writes it: <c>King, M. L., Jr.</c></summary>
    public string InvertedWithSuffix(string inverted) => Suffix.Length == 0 ? inverted : inverted + ", " + Suffix;

    /// <summary>A name in display order with its suffix as CSL writes it: <c>M. L. King Jr.</c></summary>
    public string WithSuffix(string displayed) => Suffix.Length == 0 ? displayed : displayed + " " + Suffix;

    /// <summary>A literal name (an organisation, or text that must stay whole).</summary>
    public static PersonName Literal(string name) => new(Collapse(name), string.Empty, string.Empty, literal: true);

    /// <summary>A name from its parts.</summary>
    public static PersonName Of(string family, string given, string suffix = "") =>
        given.Length == 0 && family.IndexOf(' ') < 0 && suffix.Length == 0 ? new PersonName(family, string.Empty, string.Empty, literal: false) : Simple(family, given, suffix);

    /// <summary>
    /// The given names as initials: <c>Ileana</c> → <c>I.</c>, <c>Jean-Pierre</c> → <c>J.-P.</c> with
    /// <paramref name="with"/> = ". " (trailing space trimmed), <c>JP</c> with "" and no hyphen.
    /// </summary>
    public string Initials(string with, bool keepHyphen = true)
    {
        // A style asks for the same form again and again (sorting, entry, in-text): remember the last one, in one
        // immutable object so threads sharing the name never see a half-written cache.
        InitialsCache? cache = _initials;
        if (cache != null && cache.KeepHyphen == keepHyphen && string.Equals(cache.With, with, StringComparison.Ordinal))
        {
            return cache.Value;
        }

        string initials = ComputeInitials(with, keepHyphen);
        _initials = new InitialsCache(with, keepHyphen, initials);
        return initials;
    }

    private InitialsCache? _initials;

    private sealed record InitialsCache(string With, bool KeepHyphen, string Value);

    // Scans the given names once, without splitting them into strings: this runs for every author of every list.
    private string ComputeInitials(string with, bool keepHyphen)
    {
        StringBuilder text = _scratch ??= new StringBuilder(32);
        text.Clear();
        string given = Given;
        int i = 0;
        while (i < given.Length)
        {
            // One word: parts joined by hyphens.
            while (i < given.Length && given[i] == ' ')
            {
                i++;
            }

            for (int part = 0; i < given.Length && given[i] != ' '; part++)
            {
                int start = i;
                while (i < given.Length && given[i] != ' ' && given[i] != '-')
                {
                    i++;
                }

                int end = i;
                if (i < given.Length && given[i] == '-')
                {
                    i++;
                }

                // "Hsien-chung" is "H.": a lower-case part after a hyphen is not a name of its own — though with
                // bare initials (Vancouver's "Kao H chung") citeproc-js keeps it as a word.
                if (end == start || (part > 0 && char.IsLower(given[start])))
                {
                    if (end > start && with.Length == 0)
                    {
                        text.Append(' ').Append(given, start, end - start);
                    }

                    continue;
                }

                if (part > 0 && keepHyphen && text.Length > 0)
                {
                    // "J. -P." is written "J.-P.": the hyphen takes the place of the space.
                    while (text.Length > 0 && text[text.Length - 1] == ' ')
                    {
                        text.Length--;
                    }

                    text.Append('-');
                }

                AppendPart(text, given, start, end, with);
            }
        }

        int length = text.Length;
        while (length > 0 && text[length - 1] == ' ')
        {
            length--;
        }

        return text.ToString(0, length);
    }

    // "Ileana" is initialized; "V.N." and "Yu." are abbreviations already and keep their letters; in "L.Delle" the
    // piece after the last dot is a name and is initialized.
    private static void AppendPart(StringBuilder text, string given, int start, int end, string with)
    {
        int piece = start;
        for (int k = start; k < end; k++)
        {
            if (given[k] == '.')
            {
                if (k > piece)
                {
                    text.Append(given, piece, k - piece).Append(with);
                }

                piece = k + 1;
            }
        }

        if (piece < end)
        {
            text.Append(char.ToUpperInvariant(FirstLetter(given, piece, end))).Append(with);
        }
    }

    [ThreadStatic]
    private static StringBuilder? _scratch;

    /// <summary>
    /// Given names kept in full, but initials normalized the way citeproc-js does (<c>V.N.</c> → <c>V. N.</c>,
    /// <c>C.-P.</c> → <c>C. P.</c>) when <paramref name="with"/> is set.
    /// </summary>
    public string GivenNormalized(string with)
    {
        var text = new StringBuilder();
        foreach (string word in SplitAfterDots(Given))
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            if (word.Length == 1 && char.IsUpper(word[0]) && with.Length > 0)
            {
                // "Tanya M" is "Tanya M.": a lone capital is an initial.
                text.Append(word).Append(with.TrimEnd());
            }
            else if (IsInitials(word))
            {
                foreach (string letter in word.Split(DotsAndHyphens, StringSplitOptions.RemoveEmptyEntries))
                {
                    text.Append(letter).Append(with);
                }

                while (text.Length > 0 && text[text.Length - 1] == ' ')
                {
                    text.Length--;
                }
            }
            else
            {
                text.Append(word);
            }
        }

        return text.ToString();
    }

    /// <summary>The lower-case particles before the family name (<c>de</c>, <c>van der</c>); empty when none.</summary>
    public string Particle => IsLiteral || FamilyCore.Length == Family.Length ? string.Empty : Family.Substring(0, Family.Length - FamilyCore.Length - 1);

    /// <summary>Family name without its particles, for styles that sort on the core name.</summary>
    public string FamilyCore => _familyCore ??= CoreOf(Family, IsLiteral);

    private string? _familyCore;

    private static string CoreOf(string family, bool literal)
    {
        if (literal || family.IndexOf(' ') < 0)
        {
            return family;
        }

        int start = 0;
        while (true)
        {
            int space = family.IndexOf(' ', start);
            if (space < 0 || !Particles.Contains(family.Substring(start, space - start)))
            {
                return family.Substring(start);
            }

            start = space + 1;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => IsLiteral || Given.Length == 0 ? Family + (Suffix.Length > 0 ? ", " + Suffix : string.Empty) : $"{Given} {Family}{(Suffix.Length > 0 ? ", " + Suffix : string.Empty)}";

    // "L.Delle" is two words, "L." and "Delle"; "C.-P." and "V.N." stay one.
    private static IEnumerable<string> SplitAfterDots(string given)
    {
        foreach (string word in given.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int start = 0;
            for (int i = 1; i < word.Length; i++)
            {
                if (word[i - 1] == '.' && char.IsLetter(word[i]) && i + 1 < word.Length && char.IsLower(word[i + 1]))
                {
                    yield return word.Substring(start, i - start);
                    start = i;
                }
            }

            yield return word.Substring(start);
        }
    }

    private static bool IsInitials(string word)
    {
        // "V.N.", "C.-P.", "E." — letters each followed by a dot.
        string[] pieces = word.Split(DotsAndHyphens, StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length == 0 || word[word.Length - 1] != '.')
        {
            return false;
        }

        foreach (string piece in pieces)
        {
            if (piece.Length > 2 || !char.IsUpper(piece[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static char FirstLetter(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return text[i];
            }
        }

        return text[start];
    }

    private static PersonName Simple(string family, string given, string suffix) =>
        new(family, given, suffix, literal: given.Length == 0 && family.IndexOf(' ') is int space and > 0 && !Particles.Contains(family.Substring(0, space)));

    // Single spaces between words, none at the ends: the common case, returned without copying.
    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[text.Length - 1] == ' ')
        {
            return text.Length == 0;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\t' or '\n' or '\r' || (c == ' ' && text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static string Collapse(string text)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        foreach (string word in text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries))
        {
            if (output.Length > 0)
            {
                output.Append(' ');
            }

            output.Append(word);
        }

        return output.ToString();
    }
}
