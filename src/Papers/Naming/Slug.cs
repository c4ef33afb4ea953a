using System.Collections.Generic;
using System.Text;

namespace Papers.Naming;

/// <summary>A stable, URL- and file-safe id from a title: <c>e-vilm-efficient-video-language-model</c>.</summary>
internal static class Slug
{
    public const int MaxLength = 80;

    /// <summary>The slug of a title split by <see cref="Words.Split"/>.</summary>
    public static string FromWords(List<string> words)
    {
        StringBuilder slug = NameBuilder.Take();
        foreach (string word in words)
        {
            if (slug.Length > 0 && slug.Length + 1 + word.Length > MaxLength)
            {
                break;
            }

            if (slug.Length > 0)
            {
                slug.Append('-');
            }

            // Lower-cased a char at a time, as string.ToLowerInvariant does for words (no surrogates are word chars).
            for (int i = 0; i < word.Length && i < MaxLength; i++)
            {
                slug.Append(char.ToLowerInvariant(word[i]));
            }
        }

        return slug.Length == 0 ? "untitled" : slug.ToString();
    }
}
