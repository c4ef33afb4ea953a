namespace Papers.Citations;

/// <summary>a, b, … z, aa, ab, …: the letters that tell apart same-year entries and same-base citation keys.</summary>
internal static class LetterSuffix
{
    public static string For(int index) => index < 26 ? ((char)('a' + index)).ToString() : For((index / 26) - 1) + (char)('a' + (index % 26));
}
