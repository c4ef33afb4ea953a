using System.Collections.Generic;
using System.Globalization;
using System.Text;

using Papers.Text;

namespace Papers.Citations.Export;

/// <summary>
/// Citation keys as Google Scholar makes them — first author's family name, year, first significant title word
/// (<c>balazs2007calculation</c>) — in ASCII, made unique within one export by a letter (<c>…a</c>, <c>…b</c>).
/// The same papers in the same order always get the same keys.
/// </summary>
internal static class BibKeys
{
    private static readonly HashSet<string> Skip = new() { "a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "towards", "toward" };

    public static string[] For(IReadOnlyList<Reference> references)
    {
        var keys = new string[references.Count];
        var counts = new Dictionary<string, int>();
        var taken = new HashSet<string>();
        for (int i = 0; i < references.Count; i++)
        {
            string key = Base(references[i]);
            counts[key] = counts.TryGetValue(key, out int n) ? n + 1 : 1;
        }

        var used = new Dictionary<string, int>();
        for (int i = 0; i < references.Count; i++)
        {
            string key = Base(references[i]);
            if (counts[key] == 1 && taken.Add(key))
            {
                keys[i] = key;
                continue;
            }

            // Duplicates: a, b, c… in order (skipping any letter that collides with another base key).
            int next = used.TryGetValue(key, out int u) ? u : 0;
            string candidate;
            do
            {
                candidate = key + LetterSuffix.For(next++);
            }
            while (counts.ContainsKey(candidate) || !taken.Add(candidate));

            used[key] = next;
            keys[i] = candidate;
        }

        return keys;
    }

    private static string Base(Reference reference)
    {
        string who = reference.Names.Count > 0 ? Ascii(reference.Names[0].IsLiteral ? FirstWord(reference.Names[0].Family) : reference.Names[0].FamilyCore) : string.Empty;
        string year = reference.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        string what = string.Empty;
        foreach (string word in reference.Title.Split(' ', ':', '/'))
        {
            string ascii = Ascii(word);
            if (ascii.Length > 0 && !Skip.Contains(ascii))
            {
                what = ascii;
                break;
            }
        }

        string key = who + year + what;
        return key.Length == 0 ? "paper" : char.IsDigit(key[0]) ? "p" + key : key;
    }

    private static string FirstWord(string text)
    {
        foreach (string word in text.Split(' '))
        {
            if (Ascii(word) is { Length: > 0 } ascii && !Skip.Contains(ascii))
            {
                return word;
            }
        }

        return text;
    }

    // Lower-case ASCII letters and digits only: accents dropped, ß → ss, ø → o, æ → ae, œ → oe, ł → l.
    private static string Ascii(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (char c in Normalization.Normalize(text, NormalizationForm.FormD))
        {
            char lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                output.Append(lower);
            }
            else if (lower == 'ß')
            {
                output.Append("ss");
            }
            else if (lower is 'ø')
            {
                output.Append('o');
            }
            else if (lower is 'æ')
            {
                output.Append("ae");
            }
            else if (lower is 'œ')
            {
                output.Append("oe");
            }
            else if (lower is 'ł')
            {
                output.Append('l');
            }
        }

        return output.ToString();
    }
}
