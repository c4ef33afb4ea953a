using System.Text;

namespace Papers.Text;

/// <summary>
/// Unicode normalization that never throws: <see cref="string.Normalize(NormalizationForm)"/> fails on a lone
/// surrogate, which a <c>Paper</c> built in code (or text from anywhere) may hold. Such text is returned as it is.
/// </summary>
internal static class Normalization
{
    public static string Normalize(string text, NormalizationForm form) => HasLoneSurrogate(text) ? text : text.Normalize(form);

    public static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
