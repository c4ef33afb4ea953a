namespace Papers.Naming;

/// <summary>
/// Folds accented Latin letters to ASCII ("é" → "e", "ß" → "ss") from a fixed table rather than Unicode
/// normalization, which depends on ICU and is a no-op in invariant-globalization processes: the generator and
/// the run time must compute the same names and ids wherever they run.
/// </summary>
internal static class Latin
{
    // Pairs of (accented letters, their ASCII base), one base letter per group.
    private static readonly string[][] Groups =
    {
        new[] { "ÀÁÂÃÄÅĀĂĄǍǺ", "A" }, new[] { "àáâãäåāăąǎǻª", "a" },
        new[] { "ÇĆĈĊČ", "C" }, new[] { "çćĉċč", "c" },
        new[] { "ĎĐÐ", "D" }, new[] { "ďđð", "d" },
        new[] { "ÈÉÊËĒĔĖĘĚ", "E" }, new[] { "èéêëēĕėęě", "e" },
        new[] { "ĜĞĠĢ", "G" }, new[] { "ĝğġģ", "g" },
        new[] { "ĤĦ", "H" }, new[] { "ĥħ", "h" },
        new[] { "ÌÍÎÏĨĪĬĮİ", "I" }, new[] { "ìíîïĩīĭįı", "i" },
        new[] { "Ĵ", "J" }, new[] { "ĵ", "j" },
        new[] { "Ķ", "K" }, new[] { "ķ", "k" },
        new[] { "ĹĻĽĿŁ", "L" }, new[] { "ĺļľŀł", "l" },
        new[] { "ÑŃŅŇ", "N" }, new[] { "ñńņňŉ", "n" },
        new[] { "ÒÓÔÕÖØŌŎŐ", "O" }, new[] { "òóôõöøōŏőº", "o" },
        new[] { "ŔŖŘ", "R" }, new[] { "ŕŗř", "r" },
        new[] { "ŚŜŞŠȘ", "S" }, new[] { "śŝşšș", "s" },
        new[] { "ŢŤŦȚ", "T" }, new[] { "ţťŧț", "t" },
        new[] { "ÙÚÛÜŨŪŬŮŰŲ", "U" }, new[] { "ùúûüũūŭůűų", "u" },
        new[] { "Ŵ", "W" }, new[] { "ŵ", "w" },
        new[] { "ÝŶŸ", "Y" }, new[] { "ýÿŷ", "y" },
        new[] { "ŹŻŽ", "Z" }, new[] { "źżž", "z" },
        new[] { "Æ", "AE" }, new[] { "æ", "ae" }, new[] { "Œ", "OE" }, new[] { "œ", "oe" },
        new[] { "ß", "ss" }, new[] { "Þ", "TH" }, new[] { "þ", "th" },
    };

    private static readonly System.Collections.Generic.Dictionary<char, string> Map = Build();

    /// <summary>The ASCII spelling of an accented Latin letter, or <see langword="null"/>.</summary>
    public static string? Fold(char c) => c >= '\u00AA' && Map.TryGetValue(c, out string? ascii) ? ascii : null;

    private static System.Collections.Generic.Dictionary<char, string> Build()
    {
        var map = new System.Collections.Generic.Dictionary<char, string>();
        foreach (string[] group in Groups)
        {
            foreach (char c in group[0])
            {
                map[c] = group[1];
            }
        }

        return map;
    }
}
