using System.Text;

namespace Papers.Naming;

/// <summary>A stable, URL- and file-safe id from a title: <c>e-vilm-efficient-video-language-model</c>.</summary>
internal static class Slug
{
    public const int MaxLength = 80;

    public static string FromTitle(string title)
    {
        var slug = new StringBuilder();
        foreach (string word in Words.Split(title))
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
