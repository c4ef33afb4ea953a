using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Papers.Parsing;

/// <summary>
/// Splits an author line as people and arXiv write it — <c>A. One, B. Two and C. Three</c>, <c>One, A.; Two, B.</c>,
/// with affiliations in parentheses and <c>Jr.</c> after a comma — into one string per person, TeX untouched.
/// </summary>
internal static class AuthorList
{
    private static readonly Regex And = new(@"\s+and\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IReadOnlyList<string> Split(string value)
    {
        string text = WithoutParentheses(value);

        // "One, A.; Two, B." — semicolons separate people and commas separate family from given name.
        if (text.IndexOf(';') >= 0)
        {
            return Clean(text.Split(';'));
        }

        var names = new List<string>();
        foreach (string part in text.Split(','))
        {
            string rest = part.Trim();
            if (rest.StartsWith("and ", StringComparison.Ordinal))
            {
                rest = rest.Substring(4);
            }

            foreach (string name in And.Split(rest))
            {
                string trimmed = name.Trim();
                if (trimmed.Length == 0 || IsEtAl(trimmed))
                {
                    continue;
                }

                // "John Smith, Jr." — a suffix belongs to the name before it.
                if (IsSuffix(trimmed) && names.Count > 0)
                {
                    names[names.Count - 1] += ", " + trimmed;
                    continue;
                }

                names.Add(trimmed);
            }
        }

        return names;
    }

    public static bool IsSuffix(string word) => word is "Jr." or "Jr" or "Sr." or "Sr" or "II" or "III" or "IV";

    private static bool IsEtAl(string word) => word is "et al" or "et al." or "others" or "et. al." || word.StartsWith("et al", StringComparison.Ordinal);

    private static List<string> Clean(string[] parts)
    {
        var names = new List<string>();
        foreach (string part in parts)
        {
            string trimmed = part.Trim();
            if (trimmed.Length > 0 && !IsEtAl(trimmed))
            {
                names.Add(trimmed);
            }
        }

        return names;
    }

    // Affiliations "(Oxford)", "(1,2)", "((1) Univ …" — dropped, nested or cut off; whitespace runs become one space.
    private static string WithoutParentheses(string value)
    {
        var text = new StringBuilder(value.Length);
        int depth = 0;
        bool space = false;
        foreach (char c in value)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space && text.Length > 0)
                {
                    text.Append(' ');
                }

                space = false;
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
