namespace Papers.Naming;

/// <summary>Spells Greek letters out in Latin ("γ" → "gamma"), so <c>$γ-$MoD</c> can become <c>GammaMoD</c>.</summary>
internal static class Greek
{
    private static readonly string[] Names =
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    };

    /// <summary>The Latin name of a Greek letter (lower case), or <see langword="null"/>.</summary>
    public static string? Spell(char c)
    {
        // U+03B1..U+03C9 lower case (U+03C2 is final sigma), U+0391..U+03A9 upper case (U+03A2 unassigned).
        if (c >= '\u03B1' && c <= '\u03C9')
        {
            return Names[c - '\u03B1'];
        }

        if (c >= '\u0391' && c <= '\u03A9' && c != '\u03A2')
        {
            return Names[c - '\u0391'];
        }

        return c switch
        {
            '\u03D5' => "phi",
            '\u03F5' => "epsilon",
            '\u03D1' => "theta",
            '\u00B5' => "mu",
            _ => null,
        };
    }
}
