using System.Text;

namespace Papers.Tests.Shared;

/// <summary>The big hostile inputs of issue 14, made on the fly (too large, or too silly, to commit).</summary>
internal static class HostileInputs
{
    /// <summary>
    /// A 723-byte .bib whose 28th macro would expand to 20 × 2^27 characters: each <c>#</c> doubles the last one.
    /// m16 is the first past the 1 Mi-character cap, on line 17.
    /// </summary>
    public static string MacroBomb()
    {
        var bib = new StringBuilder("@string{m0 = \"0123456789abcdefghij\"}\n");
        for (int k = 1; k <= 27; k++)
        {
            bib.Append(FormattableString.Invariant($"@string{{m{k} = m{k - 1} # m{k - 1}}}\n"));
        }

        return bib.ToString();
    }

    /// <summary><paramref name="count"/> acute accents stacked on one letter: <c>\'\'\'…e</c>.</summary>
    public static string StackedAccents(int count) => string.Concat(Enumerable.Repeat("\\'", count)) + "e";
}
