using System.Globalization;
using System.Text;

namespace Papers.Corpus;

/// <summary>
/// Large digests with text unique to every paper (the compiler de-duplicates identical strings, so repeated text
/// would hide costs). Deterministic: the same count always gives the same bytes.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Vocabulary =
    (
        "model learning language vision multimodal masked transformer diffusion retrieval embedding graph agent " +
        "benchmark dataset efficient scaling sparse attention token video audio speech medical segmentation " +
        "alignment reasoning instruction tuning pretraining contrastive generative robust adaptive hierarchical " +
        "latent neural policy reward optimization inference compression distillation quantization pruning " +
        "expert mixture routing memory context window long short dense federated privacy fairness causal"
    ).Split(' ');

    /// <summary>One digest with <paramref name="papers"/> papers, about 450 bytes each.</summary>
    public static string Digest(int papers, int seed = 42)
    {
        var random = new Random(seed);
        var text = new StringBuilder(papers * 460);
        text.Append("Synthetic Papers\n\n2025-01-01\n\n");
        for (int i = 0; i < papers; i++)
        {
            string number = i.ToString(CultureInfo.InvariantCulture);
            text.Append(Word(random, true)).Append(' ').Append(Word(random, true)).Append(' ').Append(Word(random, true))
                .Append(' ').Append('N').Append(number).Append(": ").Append(Word(random, true)).Append(' ').Append(Word(random, false))
                .Append(" for ").Append(Word(random, false)).Append(' ').Append(Word(random, false)).Append("\n\n");
            text.Append("We study paper ").Append(number).Append(". ");
            for (int w = 0; w < 55; w++)
            {
                text.Append(Word(random, w == 0)).Append(w % 11 == 10 ? ". " : " ");
            }

            text.Append("Code: https://github.com/synthetic/p").Append(number).Append(".\n\n");
        }

        return text.ToString();
    }

    /// <summary>A C# file with <paramref name="count"/> bare static properties: the unavoidable cost of a member per paper.</summary>
    public static string BareMembers(string ns, string className, int count)
    {
        var code = new StringBuilder();
        code.Append("namespace ").Append(ns).Append(";\n\npublic static partial class ").Append(className).Append("\n{\n");
        for (int i = 0; i < count; i++)
        {
            code.Append("    public static object P").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" => Store;\n");
        }

        code.Append("    private static readonly object Store = new object();\n}\n");
        return code.ToString();
    }

    private static string Word(Random random, bool capital)
    {
        string word = Vocabulary[random.Next(Vocabulary.Length)];
        return capital ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }
}
