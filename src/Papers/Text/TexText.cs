using System.Collections.Generic;
using System.Text;

namespace Papers.Text;

/// <summary>
/// Turns the TeX that real titles and author lists carry (<c>Erd\H{o}s</c>, <c>M\"uller</c>, <c>{\O}bro</c>,
/// <c>$γ-$MoD</c>, <c>``x''</c>) into the Unicode a reader expects. Never throws: what it does not know it keeps
/// as text (minus the backslash), so nothing is lost.
/// </summary>
internal static class TexText
{
    // Accent commands and the combining mark each one puts on the following letter (the BibTeX writer uses the
    // same table the other way round).
    internal static readonly Dictionary<char, char> Accents = new()
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308', ['~'] = '\u0303', ['='] = '\u0304',
        ['.'] = '\u0307', ['u'] = '\u0306', ['v'] = '\u030C', ['H'] = '\u030B', ['c'] = '\u0327', ['k'] = '\u0328',
        ['r'] = '\u030A', ['d'] = '\u0323', ['b'] = '\u0331',
    };

    // Commands that stand for one character (letters, Greek, the usual math symbols).
    private static readonly Dictionary<string, string> Symbols = new()
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ",
        ["OE"] = "Œ", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ",
        ["TH"] = "Þ", ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ",
        ["varepsilon"] = "ε", ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι",
        ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ",
        ["sigma"] = "σ", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ", ["varphi"] = "φ", ["chi"] = "χ",
        ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ",
        ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["ell"] = "ℓ", ["infty"] = "∞", ["pm"] = "±", ["mp"] = "∓", ["times"] = "×", ["cdot"] = "·", ["le"] = "≤",
        ["leq"] = "≤", ["ge"] = "≥", ["geq"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈", ["sim"] = "∼",
        ["simeq"] = "≃", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["partial"] = "∂", ["nabla"] = "∇",
        ["sqrt"] = "√", ["sum"] = "∑", ["prod"] = "∏", ["int"] = "∫", ["in"] = "∈", ["ldots"] = "…", ["dots"] = "…",
        ["cdots"] = "⋯", ["textendash"] = "–", ["textemdash"] = "—", ["S"] = "§", ["P"] = "¶", ["copyright"] = "©",
        ["textbackslash"] = "\\", ["textasciitilde"] = "~", ["textasciicircum"] = "^", ["textunderscore"] = "_",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["hbar"] = "ℏ", ["circ"] = "∘", ["star"] = "⋆", ["ast"] = "∗",
        ["langle"] = "⟨", ["rangle"] = "⟩", ["mid"] = "|", ["prime"] = "′", ["emptyset"] = "∅", ["forall"] = "∀",
        ["exists"] = "∃", ["cup"] = "∪", ["cap"] = "∩", ["subset"] = "⊂", ["subseteq"] = "⊆", ["propto"] = "∝",
    };

    /// <summary>True when the text has anything TeX would treat specially; plain text is returned as is.</summary>
    public static bool HasTex(string text)
    {
        // One pass: a quote or a dash is TeX only when doubled, which the next character tells.
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\\' or '{' or '}' or '$' or '`' or '~' || ((c is '\'' or '-') && At(text, i + 1, c)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with TeX accents, symbols, quotes, dashes, groups and math delimiters turned into Unicode.</summary>
    public static string ToUnicode(string text)
    {
        if (!HasTex(text))
        {
            return text;
        }

        // Braces are TeX groups only when they balance, and '$' delimits math only when they pair up: otherwise
        // they are the writer's own characters and stay.
        bool groups = Balanced(text);
        bool math = UnescapedCount(text, '$') % 2 == 0;
        var output = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            switch (c)
            {
                case '\\':
                    i = Command(text, i, output);
                    break;
                case '{' or '}' when groups:
                case '$' when math:
                    i++;
                    break;
                case '~' when i > 0 && i + 1 < text.Length && !char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i + 1]):
                    // A tie between two words ("Fig.~1"); a free-standing "~" means "about" and stays.
                    output.Append('\u00A0');
                    i++;
                    break;
                case '`' when At(text, i + 1, '`'):
                    output.Append('“');
                    i += 2;
                    break;
                case '\'' when At(text, i + 1, '\''):
                    output.Append('”');
                    i += 2;
                    break;
                case '-' when At(text, i + 1, '-'):
                    bool em = At(text, i + 2, '-');
                    output.Append(em ? '—' : '–');
                    i += em ? 3 : 2;
                    break;
                default:
                    output.Append(c);
                    i++;
                    break;
            }
        }

        return Normalization.Normalize(output.ToString(), NormalizationForm.FormC);
    }

    private static bool Balanced(string text)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    private static int UnescapedCount(string text, char c)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == c)
            {
                count++;
            }
        }

        return count;
    }

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;

    // Reads the command at text[start] == '\\' and returns the index after it.
    private static int Command(string text, int start, StringBuilder output)
    {
        int i = start + 1;
        if (i >= text.Length)
        {
            output.Append('\\');
            return i;
        }

        char next = text[i];
        if (IsAccent(text, i))
        {
            return AccentChain(text, start, output);
        }

        if (!char.IsLetter(next))
        {
            // \& \% \$ \# \_ \{ \} and friends stand for the character itself; "\\" is a line break.
            output.Append(next == '\\' ? ' ' : next);
            return i + 1;
        }

        int end = i;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        string name = text.Substring(i, end - i);
        if (Symbols.TryGetValue(name, out string? symbol))
        {
            output.Append(symbol);
        }
        else if (!IsFormatting(name))
        {
            output.Append(name);
        }

        // A letter command eats the spaces after it ("\o bro" is "øbro"); other symbols keep them ("x \to y").
        while (end < text.Length && text[end] == ' ' && IsLetterCommand(name))
        {
            end++;
        }

        return end;
    }

    // \' \" \v …: an accent command (a letter accent such as \v only when no letter follows, else it is \vec…).
    private static bool IsAccent(string text, int i) =>
        Accents.ContainsKey(text[i]) && (!char.IsLetter(text[i]) || !IsLetterAt(text, i + 1));

    // \'a  \'{a}  \' a  \"{\i}  \v{S}  \'{\"{u}}: accents stacked on the next letter, with or without braces. Read in
    // one loop, not one call per accent: 100,000 stacked accents in a name must not exhaust the stack.
    private static int AccentChain(string text, int start, StringBuilder output)
    {
        var marks = new List<char>();
        int i = start;
        do
        {
            marks.Add(Accents[text[i + 1]]);
            i += 2;
            while (i < text.Length && (text[i] == ' ' || text[i] == '{'))
            {
                i++;
            }
        }
        while (i + 1 < text.Length && text[i] == '\\' && IsAccent(text, i + 1));

        // The letter, then the innermost accent first: \'{\"{u}} is u, diaeresis, acute. An accent on nothing
        // (\'{}) is dropped; the ones stacked on it are kept, as TeX would print them.
        int levels = marks.Count;
        if (i < text.Length && text[i] == '\\')
        {
            i = Command(text, i, output); // \i, \o …: a letter command, never an accent, so no recursion
        }
        else if (i < text.Length && text[i] != '}')
        {
            output.Append(text[i]);
            i++;
        }
        else
        {
            marks.RemoveAt(marks.Count - 1);
        }

        for (int m = marks.Count - 1; m >= 0; m--)
        {
            output.Append(marks[m]);
        }

        // Each accent closes its own brace.
        for (int m = 0; m < levels && i < text.Length && text[i] == '}'; m++)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// A command this decoder knows and that only prints something (an accent, a letter, a symbol, a font change):
    /// the ones a BibTeX export may pass on. Any other command (<c>\input</c>, <c>\def</c>, <c>\write</c> …) is data.
    /// </summary>
    public static bool IsKnownCommand(string name) =>
        Symbols.ContainsKey(name) || IsLetterCommand(name) || IsFormatting(name) || (name.Length == 1 && Accents.ContainsKey(name[0]));

    private static bool IsLetterCommand(string name) => name is "ss" or "o" or "O" or "aa" or "AA" or "ae" or "AE" or "oe"
        or "OE" or "l" or "L" or "i" or "j" or "dh" or "DH" or "th" or "TH";

    private static bool IsLetterAt(string text, int index) => index < text.Length && char.IsLetter(text[index]);

    // Font and structure commands whose argument is the text itself: \textit{x} is x.
    private static bool IsFormatting(string name) => name is "textit" or "textbf" or "emph" or "textrm" or "textsf" or "texttt"
        or "textsc" or "mathrm" or "mathbf" or "mathit" or "mathcal" or "mathbb" or "mathsf" or "mathtt" or "mathfrak"
        or "boldsymbol" or "bm" or "text" or "mbox" or "hbox" or "operatorname" or "left" or "right" or "big" or "Big"
        or "bigg" or "Bigg" or "it" or "bf" or "rm" or "sc" or "em" or "tt" or "sf" or "protect" or "relax" or "noopsort";
}
