namespace Papers.Parsing;

/// <summary>
/// Which encodings a digest may be in, one rule for the generator and the run time: UTF-8 (with or without a BOM)
/// and UTF-16 with a BOM. UTF-32 and UTF-16 without a BOM decode to text full of NULs (one garbage "paper" in the
/// compiler, a different count at run time), so they are refused as PAPER001, naming what was found.
/// </summary>
internal static class DigestEncoding
{
    private const int Sample = 4096;

    /// <summary>What the first bytes of a file say is wrong with its encoding, or null when it may be read.</summary>
    public static string? ProblemInBytes(byte[] head, int count)
    {
        if (count >= 4 && head[0] == 0xFF && head[1] == 0xFE && head[2] == 0 && head[3] == 0)
        {
            return "UTF-32 LE";
        }

        if (count >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 0xFE && head[3] == 0xFF)
        {
            return "UTF-32 BE";
        }

        bool bom = count >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));
        if (bom)
        {
            return null;
        }

        int zeros = 0;
        int n = count < Sample ? count : Sample;
        for (int i = 0; i < n; i++)
        {
            zeros += head[i] == 0 ? 1 : 0;
        }

        return IsNulSpaced(zeros, n) ? "UTF-16 or UTF-32 without a byte-order mark" : null;
    }

    /// <summary>
    /// The same judgement on text the compiler already decoded: UTF-32 LE read as UTF-16 (its BOM looks like
    /// UTF-16's) starts with a NUL; UTF-16 without a BOM read as UTF-8 has a NUL between letters.
    /// </summary>
    public static string? ProblemInText(string head, bool decodedAsUtf16)
    {
        if (decodedAsUtf16 && head.Length > 0 && head[0] == '\0')
        {
            return "UTF-32 LE";
        }

        int zeros = 0;
        int n = head.Length < Sample ? head.Length : Sample;
        for (int i = 0; i < n; i++)
        {
            zeros += head[i] == '\0' ? 1 : 0;
        }

        return IsNulSpaced(zeros, n) ? "UTF-16 or UTF-32 without a byte-order mark" : null;
    }

    // Text has a NUL now and then (the adversarial corpus does); an encoding with two or four bytes per letter has
    // one in every other byte or more.
    private static bool IsNulSpaced(int zeros, int length) => length >= 8 && zeros * 3 >= length;
}
