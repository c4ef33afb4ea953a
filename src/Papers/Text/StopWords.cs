using System;
using System.Collections.Generic;

namespace Papers.Text;

/// <summary>English function words, and separately the boilerplate of abstracts ("propose", "paper", "results"…).</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "be",
        "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "cannot", "could",
        "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else", "enough", "etc", "even",
        "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
        "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
        "least", "less", "many", "may", "me", "might", "more", "most", "much", "must", "my", "namely", "neither",
        "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "onto", "or", "other",
        "others", "otherwise", "our", "ours", "out", "over", "own", "per", "perhaps", "rather", "same", "several",
        "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "thereby", "therefore", "these", "they", "this", "those", "though",
        "through", "throughout", "thus", "to", "together", "too", "toward", "towards", "under", "until", "up",
        "upon", "us", "use", "used", "uses", "using", "very", "via", "was", "we", "well", "were", "what",
        "whatever", "when", "where", "whereas", "whether", "which", "while", "who", "whole", "whom", "whose", "why",
        "will", "with", "within", "without", "would", "yet", "you", "your", "e", "g", "ie", "eg", "al", "et",
    };

    private static readonly HashSet<string> Boilerplate = new(StringComparer.Ordinal)
    {
        "paper", "propose", "proposed", "proposes", "present", "presents", "introduce", "introduces", "show",
        "shows", "shown", "demonstrate", "demonstrates", "results", "approach", "method", "methods", "novel",
        "new", "based", "existing", "work", "works", "study", "achieve", "achieves", "significantly", "furthermore",
        "moreover", "specifically", "particular", "various", "different", "experiments", "experimental", "extensive",
        "state", "art", "first", "two", "three", "make", "makes", "well", "available", "code", "https", "http",
        "github", "com", "www", "org", "remarkable", "significant", "challenge", "challenges", "success",
        "achieved", "emerging", "discusses", "struggle", "struggles",
    };

    /// <summary>A function word ("the", "of", "via"): never a search or similarity term.</summary>
    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);

    /// <summary>A word every abstract uses ("propose", "results"): never a keyphrase.</summary>
    public static bool IsBoilerplate(string lowerWord) => Boilerplate.Contains(lowerWord) || Words.Contains(lowerWord);

    /// <summary>
    /// A word that can stand for what a text is about — a similarity term: two characters or more, not only
    /// digits, not a function word.
    /// </summary>
    public static bool IsContentWord(string lowerWord) => IsWordlike(lowerWord) && !Words.Contains(lowerWord);

    /// <summary>A content word that is not abstract boilerplate either: what a keyphrase may start and end with.</summary>
    public static bool IsTopicalWord(string lowerWord) => IsWordlike(lowerWord) && !IsBoilerplate(lowerWord);

    // "x" and "2024" are not terms; "3d" is.
    private static bool IsWordlike(string lowerWord)
    {
        if (lowerWord.Length < 2)
        {
            return false;
        }

        foreach (char c in lowerWord)
        {
            if (!char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
