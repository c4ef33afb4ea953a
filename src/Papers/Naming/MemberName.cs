using System.Collections.Generic;
using System.Text;

namespace Papers.Naming;

/// <summary>
/// The guessable C# name for a paper: the part before a colon when it is at most three words
/// (<c>E-ViLM: …</c> → <c>EViLM</c>), else the whole title; PascalCase over letters and digits;
/// <c>_</c> before a leading digit (<c>4M</c> → <c>_4M</c>).
/// </summary>
internal static class MemberName
{
    /// <summary>The longest name we emit; longer titles are cut at a word boundary.</summary>
    public const int MaxLength = 128;

    public static string ShortName(string title)
    {
        int colon = title.IndexOf(':');
        if (colon > 0)
        {
            string head = title.Substring(0, colon).Trim();
            if (head.Length > 0 && CountWords(head) <= 3 && Words.Split(head).Count > 0)
            {
                return head;
            }
        }

        return title;
    }

    public static string FromTitle(string title) => FromWords(Words.Split(ShortName(title)));

    /// <summary>The name of a title whose words (<see cref="Words.Split"/>) are at hand: split once for name and slug.</summary>
    public static string FromTitle(string title, List<string> titleWords)
    {
        string shortName = ShortName(title);
        return FromWords(ReferenceEquals(shortName, title) ? titleWords : Words.Split(shortName));
    }

    private static string FromWords(List<string> words)
    {
        StringBuilder name = NameBuilder.Take();
        foreach (string word in words)
        {
            if (name.Length + word.Length > MaxLength && name.Length > 0)
            {
                break;
            }

            name.Append(char.ToUpperInvariant(word[0]));
            name.Append(word, 1, word.Length - 1);
        }

        if (name.Length == 0)
        {
            return "Untitled";
        }

        if (char.IsDigit(name[0]))
        {
            name.Insert(0, '_');
        }

        return name.ToString();
    }

    private static int CountWords(string text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }
}
