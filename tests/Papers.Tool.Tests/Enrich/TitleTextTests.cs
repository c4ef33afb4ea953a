using Papers.Tool.Enrich;

namespace Papers.Tool.Tests.Enrich;

/// <summary>Title keys, words and similarity: the build's key, and an edit distance checked against the plain one.</summary>
public class TitleTextTests
{
    [Theory]
    [InlineData("E-ViLM: Efficient Video-Language Model", "evilmefficientvideolanguagemodel")]
    [InlineData("Caf\\'e {\\\"U}ber $\\alpha$-Nets", "cafeuberαnets")]
    [InlineData("  ", "")]
    public void The_key_keeps_letters_and_digits_without_case_or_accents(string title, string key)
    {
        TitleText.Key(title).Should().Be(key);
    }

    [Theory]
    [InlineData("Super-Resolution via Diffusion.", new[] { "super", "resolution", "via", "diffusion" })]
    [InlineData("Caf\\'e  Models", new[] { "cafe", "models" })]
    [InlineData("Café Models", new[] { "cafe", "models" })]
    public void Words_are_the_keys_pieces(string title, string[] words)
    {
        TitleText.Words(title).Should().Equal(words);
        string.Concat(TitleText.Words(title)).Should().Be(TitleText.Key(title));
    }

    [Fact]
    public void Words_join_to_the_key_for_every_real_title()
    {
        var titles = Snapshots.Oai.Select(r => r.Title).Concat(DigestLoader.Load(Papers.Tests.Shared.RepoPaths.SeedDigest).Papers.Select(p => p.Title));
        titles.Where(t => string.Concat(TitleText.Words(t)) != TitleText.Key(t)).Should().BeEmpty();
    }

    [Fact]
    public void Banded_similarity_equals_the_plain_edit_distance_wherever_it_clears_the_floor_and_the_letter_bound_never_rules_out_a_match()
    {
        var random = new Random(7);
        for (int n = 0; n < 5000; n++)
        {
            string a = RandomText(random, random.Next(0, 40));
            string b = random.Next(3) == 0 ? RandomText(random, random.Next(0, 40)) : Edit(random, a, random.Next(0, 6));
            foreach (double floor in new[] { 0.0, 0.5, 0.8, 0.9 })
            {
                int longer = Math.Max(a.Length, b.Length);
                double plain = longer == 0 ? 1 : 1 - ((double)Levenshtein(a, b) / longer);
                double banded = TitleText.Similarity(a, b, floor);
                var lettersA = new ushort[TitleText.LetterBins];
                var lettersB = new ushort[TitleText.LetterBins];
                TitleText.CountLetters(a, lettersA);
                TitleText.CountLetters(b, lettersB);
                if (!TitleText.MayBeAlike(a.Length, lettersA, b.Length, lettersB, floor))
                {
                    banded.Should().Be(0, $"the letter bound ruled '{a}' vs '{b}' out, so it must be below {floor}");
                }

                if (plain >= floor && Math.Floor((1 - floor) * longer) >= Levenshtein(a, b))
                {
                    banded.Should().Be(plain, $"'{a}' vs '{b}' at floor {floor}");
                }
                else
                {
                    banded.Should().Be(0, $"'{a}' vs '{b}' at floor {floor} is below it");
                }
            }
        }
    }

    [Fact]
    public void Words_decompose_character_by_character_as_normalizing_the_whole_title_does()
    {
        // Accents precomposed and combining (in either order), spacing and enclosing marks, Greek, Hangul, a
        // compatibility ligature and a singleton (Ohm), characters beyond the BMP, and now and then a lone surrogate.
        string[] alphabet =
        [
            "a", "Z", "7", " ", "-", "é", "Å", "ǅ", "\u0301", "\u0308", "\u0327", "\u0903", "\u20DD", "π", "Σ", "가", "ﬁ", "\u2126", "𝔸", "😀",
            "\u00A0", "\\'e", "{\\\"o}", "$x^2$", "\uD800",
        ];
        var random = new Random(5);
        for (int n = 0; n < 20_000; n++)
        {
            string title = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]));

            TitleText.Words(title).Should().Equal(WholeTitleWords(title), title);
        }
    }

    // The rule as first written: the whole title normalized at once.
    private static string[] WholeTitleWords(string title)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (char c in Papers.Text.Normalization.Normalize(Papers.Text.TexText.ToUnicode(title), System.Text.NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words.ToArray();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_ascii_fast_path_gives_the_same_key_and_words_as_the_long_way_or_declines(bool vector)
    {
        // Titles up to 130 characters, so words cross the vector path's 32-byte blocks; mostly plain, sometimes not.
        var random = new Random(11);
        const string Plain = "aZ09 -:,.'`~!?()&";
        const string Alphabet = "aZ09 -:,.'`~{}$^_\\\"/!?()&é\t";
        int fast = 0;
        for (int n = 0; n < 20_000; n++)
        {
            string from = random.Next(3) == 0 ? Alphabet : Plain;
            string title = new(Enumerable.Range(0, random.Next(0, 130)).Select(_ => from[random.Next(from.Length)]).ToArray());
            if (random.Next(4) == 0)
            {
                title = title.Insert(random.Next(title.Length + 1), "\n  ");
            }

            string json = System.Text.Json.JsonSerializer.Serialize(title, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            byte[] raw = System.Text.Encoding.UTF8.GetBytes(json[1..^1]);
            var key = new byte[512];
            var ends = new int[128];
            bool plain = vector
                ? TitleText.TryAsciiVector(raw, key, ends, out int length, out int count)
                : TitleText.TryAsciiScalar(raw, key, ends, out length, out count);
            plain.Should().Be(TitleText.TryAsciiScalar(raw, new byte[512], new int[128], out _, out _), $"both ways take the same titles: {title}");
            if (!plain)
            {
                continue;
            }

            fast++;
            string[] words = TitleText.Words(title);
            System.Text.Encoding.ASCII.GetString(key, 0, length).Should().Be(TitleText.Key(title), title);
            Enumerable.Range(0, count).Select(w => System.Text.Encoding.ASCII.GetString(key, w == 0 ? 0 : ends[w - 1], ends[w] - (w == 0 ? 0 : ends[w - 1]))).Should().Equal(words, title);
        }

        fast.Should().BeGreaterThan(10_000, "plain titles take the fast path");
    }

    private static string RandomText(Random random, int length) => new(Enumerable.Range(0, length).Select(_ => "abcde"[random.Next(5)]).ToArray());

    private static string Edit(Random random, string text, int edits)
    {
        var chars = text.ToList();
        for (int e = 0; e < edits; e++)
        {
            int at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0: chars.Insert(at, 'x'); break;
                case 1 when at < chars.Count: chars.RemoveAt(at); break;
                default: if (at < chars.Count) { chars[at] = 'y'; } break;
            }
        }

        return new string(chars.ToArray());
    }

    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
