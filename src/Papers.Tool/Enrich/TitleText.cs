using System.Numerics;
using System.Runtime.Intrinsics;
using Papers.Parsing.Sidecar;

namespace Papers.Tool.Enrich;

/// <summary>
/// Titles as matching compares them: the build's own title key (TeX turned into Unicode, accents, case, punctuation,
/// spaces and hyphens dropped), so "Super-Resolution via {D}iffusion." and "super resolution via diffusion" are one
/// title — the same rule the build uses to match a sidecar entry to a paper.
/// </summary>
internal static class TitleText
{
    public static string Key(string title) => SidecarFile.TitleKey(title);

    /// <summary>The title's words (letters and digits, lower case, accents dropped), for finding candidates.</summary>
    /// <remarks>
    /// The words of the title's canonical decomposition (NFD), with non-spacing marks dropped. Decomposition works
    /// character by character — only the order of combining marks spans characters, and marks are dropped or split
    /// words alike in either order — so each character's decomposition is kept once instead of asking ICU to
    /// normalize every title, which cost a non-ASCII title tens of microseconds in a snapshot scan. A text with a lone
    /// surrogate is not decomposed, as <see cref="Papers.Text.Normalization"/> leaves it.
    /// </remarks>
    public static string[] Words(string title)
    {
        string text = Papers.Text.TexText.ToUnicode(title);
        bool decompose = !Papers.Text.Normalization.HasLoneSurrogate(text);
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80 || !decompose)
            {
                Add(c, word, words);
                continue;
            }

            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            string decomposed = pair ? text.Substring(i++, 2).Normalize(System.Text.NormalizationForm.FormD) : Decomposed(c);
            foreach (char d in decomposed)
            {
                Add(d, word, words);
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words.ToArray();
    }

    private static void Add(char c, System.Text.StringBuilder word, List<string> words)
    {
        if (char.IsLetterOrDigit(c))
        {
            word.Append(char.ToLowerInvariant(c));
        }
        else if (!IsMark(c) && word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }

    // Each character's canonical decomposition, computed once (the race is benign: every thread computes the same).
    private static readonly string?[] Decompositions = new string?[char.MaxValue + 1];

    private static string Decomposed(char c) => Decompositions[c] ??= c.ToString().Normalize(System.Text.NormalizationForm.FormD);

    /// <summary>
    /// The key (as ASCII bytes) and word ends of a title given as the raw contents of a JSON string, when they are
    /// plain ASCII with no TeX command (no backslash of its own) — most of arXiv's — written into
    /// <paramref name="key"/> in one pass without allocating; false for any other title, which takes
    /// <see cref="Words"/>. Both give the same key and words: with no command and no accent there is nothing to decode
    /// or decompose. JSON's \n, \t, \r, \" and \/ separate words.
    /// </summary>
    public static bool TryAscii(ReadOnlySpan<byte> json, Span<byte> key, Span<int> wordEnds, out int keyLength, out int words) =>
        Vector256.IsHardwareAccelerated && json.Length <= MaxVectorTitle && key.Length >= json.Length + Vector256<byte>.Count
            ? TryAsciiVector(json, key, wordEnds, out keyLength, out words)
            : TryAsciiScalar(json, key, wordEnds, out keyLength, out words);

    private const int MaxVectorTitle = 1024;

    /// <summary>A key buffer this long takes every title <see cref="TryAscii"/> folds 32 bytes at a time, and the room its stores need.</summary>
    public const int AsciiKeyRoom = MaxVectorTitle + 32;

    /// <summary>
    /// <see cref="TryAscii"/> 32 bytes at a time: which bytes are letters or digits as a bit mask, each word copied
    /// in lower case by one vector store — no branch per byte, so word boundaries cost no mispredictions. Any byte
    /// the scalar way treats specially (a backslash, a control, beyond ASCII, TeX's characters) sends the title there.
    /// Writes up to 32 bytes past the key's end, so <paramref name="key"/> must have that room.
    /// </summary>
    internal static bool TryAsciiVector(ReadOnlySpan<byte> json, Span<byte> key, Span<int> wordEnds, out int keyLength, out int words)
    {
        keyLength = words = 0;
        int blocks = (json.Length + 31) / 32;
        Span<byte> folded = stackalloc byte[(blocks + 1) * 32];
        Span<uint> masks = stackalloc uint[blocks];
        json.CopyTo(folded);
        folded.Slice(json.Length).Fill((byte)' ');
        for (int b = 0; b < blocks; b++)
        {
            var v = Vector256.Create<byte>(folded.Slice(b * 32));
            Vector256<byte> special = Vector256.GreaterThan(v, Vector256.Create((byte)0x7E)) | Vector256.LessThan(v, Vector256.Create((byte)0x20))
                | Vector256.Equals(v, Vector256.Create((byte)'\\')) | Vector256.Equals(v, Vector256.Create((byte)'{')) | Vector256.Equals(v, Vector256.Create((byte)'}'))
                | Vector256.Equals(v, Vector256.Create((byte)'$')) | Vector256.Equals(v, Vector256.Create((byte)'^')) | Vector256.Equals(v, Vector256.Create((byte)'_'));
            if (special != Vector256<byte>.Zero)
            {
                return TryAsciiScalar(json, key, wordEnds, out keyLength, out words);
            }

            // Setting bit 5 lowers a capital and leaves small letters and digits as they are.
            Vector256<byte> lower = v | Vector256.Create((byte)0x20);
            Vector256<byte> alnum = Vector256.LessThan(lower - Vector256.Create((byte)'a'), Vector256.Create((byte)26))
                | Vector256.LessThan(v - Vector256.Create((byte)'0'), Vector256.Create((byte)10));
            masks[b] = alnum.ExtractMostSignificantBits();
            lower.CopyTo(folded.Slice(b * 32));
        }

        bool inWord = false;
        for (int b = 0; b < blocks; b++)
        {
            uint mask = masks[b];
            int at = 0;
            while (at < 32)
            {
                uint rest = mask >> at;
                if (!inWord)
                {
                    if (rest == 0)
                    {
                        break;
                    }

                    at += BitOperations.TrailingZeroCount(rest);
                    inWord = true;
                    continue;
                }

                // The word's bytes from here to the first byte that is not a letter or digit (or the block's end).
                int run = Math.Min(BitOperations.TrailingZeroCount(~rest), 32 - at);
                Vector256.Create<byte>(folded.Slice((b * 32) + at)).CopyTo(key.Slice(keyLength));
                keyLength += run;
                at += run;
                if (at < 32)
                {
                    if (!EndWord(wordEnds, ref words, keyLength))
                    {
                        return false;
                    }

                    inWord = false;
                }
            }
        }

        return !inWord || EndWord(wordEnds, ref words, keyLength);
    }

    internal static bool TryAsciiScalar(ReadOnlySpan<byte> json, Span<byte> key, Span<int> wordEnds, out int keyLength, out int words)
    {
        keyLength = words = 0;
        if (json.Length > key.Length)
        {
            return false;
        }

        bool inWord = false;
        for (int i = 0; i < json.Length; i++)
        {
            byte folded = AsciiFold[json[i]];
            if (folded >= Separator)
            {
                if (folded == LongWay)
                {
                    return false;
                }

                // Only the escapes that stand for a separator; a backslash of the title's own (TeX) or \u goes the long way.
                if (folded == Escape)
                {
                    if (i + 1 >= json.Length || json[i + 1] is not ((byte)'n' or (byte)'t' or (byte)'r' or (byte)'"' or (byte)'/'))
                    {
                        return false;
                    }

                    i++;
                }

                if (inWord)
                {
                    if (!EndWord(wordEnds, ref words, keyLength))
                    {
                        return false;
                    }

                    inWord = false;
                }

                continue;
            }

            key[keyLength++] = folded;
            inWord = true;
        }

        return !inWord || EndWord(wordEnds, ref words, keyLength);
    }

    // Records a word's end; false when there is no room for another (the title then goes the long way).
    private static bool EndWord(Span<int> wordEnds, ref int words, int keyLength)
    {
        if (words == wordEnds.Length)
        {
            return false;
        }

        wordEnds[words++] = keyLength;
        return true;
    }

    private const byte Separator = 0xFD;
    private const byte Escape = 0xFE;
    private const byte LongWay = 0xFF;

    // Per byte of a plain title: its letter or digit in lower case, a separator, a JSON escape, or a byte that
    // sends the title the long way — beyond ASCII, a control, or TeX's braces, math and sub/superscripts, which
    // change what TeX decoding keeps.
    private static readonly byte[] AsciiFold = MakeAsciiFold();

    private static byte[] MakeAsciiFold()
    {
        var fold = new byte[256];
        for (int b = 0; b < 256; b++)
        {
            fold[b] = b switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' => (byte)b,
                >= 'A' and <= 'Z' => (byte)(b + 32),
                '\\' => Escape,
                < 0x20 or > 0x7E or '{' or '}' or '$' or '^' or '_' => LongWay,
                _ => Separator,
            };
        }

        return fold;
    }

    /// <summary>
    /// How alike two title keys are, 0 to 1: one minus the edit distance over the longer key's length. Only what
    /// clears <paramref name="floor"/> is computed exactly; anything below it is 0 (the band keeps it linear).
    /// </summary>
    public static double Similarity(string a, string b, double floor) => Similarity(a.AsSpan(), b.AsSpan(), floor);

    /// <inheritdoc cref="Similarity(string, string, double)"/>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double floor)
    {
        int longer = Math.Max(a.Length, b.Length);
        if (longer == 0)
        {
            return 1;
        }

        int budget = Budget(longer, floor);
        if (Math.Abs(a.Length - b.Length) > budget)
        {
            return 0;
        }

        int distance = BandedDistance(a, b, budget);
        return distance > budget ? 0 : 1 - ((double)distance / longer);
    }

    /// <summary>How many edits a key of this length may be from another and still be <paramref name="floor"/> alike.</summary>
    public static int Budget(int longer, double floor) => (int)Math.Floor((1 - floor) * longer);

    /// <summary>Bins of <see cref="CountLetters"/>: a–z, 0–9, and one for every other letter.</summary>
    public const int LetterBins = 37;

    /// <summary>Counts a key's letters into <paramref name="bins"/> (cleared first).</summary>
    public static void CountLetters(ReadOnlySpan<char> key, Span<ushort> bins)
    {
        bins.Clear();
        foreach (char c in key)
        {
            int bin = c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + (c - '0') : 36;
            bins[bin] = (ushort)Math.Min(ushort.MaxValue, bins[bin] + 1);
        }
    }

    /// <summary>
    /// False when two keys cannot be <paramref name="floor"/> alike: an edit changes at most two letter counts by
    /// one each, so half the counts' difference is a lower bound on the edit distance.
    /// </summary>
    public static bool MayBeAlike(int lengthA, ReadOnlySpan<ushort> a, int lengthB, ReadOnlySpan<ushort> b, double floor)
    {
        int budget = Budget(Math.Max(lengthA, lengthB), floor);
        int difference = 0;
        for (int i = 0; i < LetterBins; i++)
        {
            difference += Math.Abs(a[i] - b[i]);
        }

        return (difference + 1) / 2 <= budget;
    }

    // Levenshtein distance within a band of ±budget around the diagonal; budget + 1 when it is larger.
    private static int BandedDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int budget)
    {
        int big = budget + 1;
        Span<int> previous = b.Length < 512 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 512 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j <= budget ? j : big;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int from = Math.Max(1, i - budget);
            int to = Math.Min(b.Length, i + budget);
            current[0] = i <= budget ? i : big;
            if (from > 1)
            {
                current[from - 1] = big;
            }

            int best = current[0];
            for (int j = from; j <= to; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                current[j] = Math.Min(value, big);
                best = Math.Min(best, current[j]);
            }

            if (to < b.Length)
            {
                current[to + 1] = big;
            }

            if (best > budget)
            {
                return big;
            }

            Span<int> swap = previous;
            previous = current;
            current = swap;
        }

        return Math.Min(previous[b.Length], big);
    }

    private static bool IsMark(char c) => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
