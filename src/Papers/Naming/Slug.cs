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
        var slug = new StringBuilder();
        foreach (string word in words)
        {
            string lower = word.ToLowerInvariant();
            if (slug.Length > 0 && slug.Length + 1 + lower.Length > MaxLength)
            {
                break;
            }

            if (slug.Length > 0)
            {
                slug.Append('-');
            }

            slug.Append(lower.Length > MaxLength ? lower.Substring(0, MaxLength) : lower);
        }

        return slug.Length == 0 ? "untitled" : slug.ToString();
    }
}
