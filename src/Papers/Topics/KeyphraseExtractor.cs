using System;
using System.Collections.Generic;
using System.Linq;
using Papers.Text;

namespace Papers.Topics;

/// <summary>
/// Statistical keyphrases without model weights: candidate phrases of one to three words (no function word or
/// abstract boilerplate at either end, never across punctuation) scored by TF-IDF over the corpus, title
/// mentions counted double, longer phrases favoured; near-duplicates (same stems) dropped. Phrases keep their
/// written form, so acronyms stay acronyms (<c>MLLMs</c>, <c>E-ViLM</c>).
/// </summary>
internal sealed class KeyphraseExtractor
{
    public const int DefaultCount = 5;

    private readonly Dictionary<string, int> _documentFrequency;
    private readonly int _documents;

    public KeyphraseExtractor(IReadOnlyList<(string Title, string Abstract)> corpus)
    {
        _documents = corpus.Count;
        _documentFrequency = corpus.Count < 2048 ? Count(corpus, 0, corpus.Count) : CountOnAllCores(corpus);
    }

    // Document frequencies are sums, so slices of the corpus are counted apart and added up: the same table.
    private static Dictionary<string, int> CountOnAllCores(IReadOnlyList<(string Title, string Abstract)> corpus)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var gate = new object();
        System.Threading.Tasks.Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, corpus.Count, 4096),
            range =>
            {
                Dictionary<string, int> part = Count(corpus, range.Item1, range.Item2);
                lock (gate)
                {
                    foreach (var pair in part)
                    {
                        total[pair.Key] = total.TryGetValue(pair.Key, out int df) ? df + pair.Value : pair.Value;
                    }
                }
            });
        return total;
    }

    private static Dictionary<string, int> Count(IReadOnlyList<(string Title, string Abstract)> corpus, int from, int to)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int d = from; d < to; d++)
        {
            seen.Clear();
            foreach (Candidate candidate in Candidates(corpus[d].Title + " . " + corpus[d].Abstract, withSurface: false))
            {
                if (seen.Add(candidate.Key))
                {
                    frequency[candidate.Key] = frequency.TryGetValue(candidate.Key, out int df) ? df + 1 : 1;
                }
            }
        }

        return frequency;
    }

    public IReadOnlyList<string> Extract(string title, string abstractText, int count = DefaultCount)
    {
        var scores = new Dictionary<string, (double Score, string Surface, string[] Stems)>(StringComparer.Ordinal);
        void Add(string text, double weight)
        {
            foreach (Candidate candidate in Candidates(text, withSurface: true))
            {
                double idf = Math.Log((1.0 + _documents) / (1.0 + (_documentFrequency.TryGetValue(candidate.Key, out int df) ? df : 0))) + 1.0;
                double gain = weight * idf * (1.0 + (0.25 * (candidate.Stems.Length - 1)));
                scores[candidate.Key] = scores.TryGetValue(candidate.Key, out var known)
                    ? (known.Score + gain, known.Surface, known.Stems)
                    : (gain, candidate.Surface, candidate.Stems);
            }
        }

        Add(title, 2.0);
        Add(abstractText, 1.0);

        var chosen = new List<(string Surface, string[] Stems)>();
        foreach (var entry in scores.OrderByDescending(s => s.Value.Score).ThenBy(s => s.Key, StringComparer.Ordinal))
        {
            string[] stems = entry.Value.Stems;
            if (chosen.Any(c => Overlaps(c.Stems, stems)))
            {
                continue;
            }

            chosen.Add((entry.Value.Surface, stems));
            if (chosen.Count == count)
            {
                break;
            }
        }

        return chosen.Select(c => c.Surface).ToList();
    }

    // One phrase inside the other (by stems): "masked video" and "masked video modeling" say the same thing.
    private static bool Overlaps(string[] a, string[] b)
    {
        string[] shorter = a.Length <= b.Length ? a : b;
        string[] longer = a.Length <= b.Length ? b : a;
        for (int start = 0; start + shorter.Length <= longer.Length; start++)
        {
            bool same = true;
            for (int i = 0; i < shorter.Length && same; i++)
            {
                same = string.Equals(shorter[i], longer[start + i], StringComparison.Ordinal);
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    // The written form is only needed to show a phrase, not to count it. Community names use the same phrases.
    internal static IEnumerable<Candidate> Candidates(string text, bool withSurface)
    {
        List<Token> tokens = Tokenizer.Tokenize(text);
        for (int i = 0; i < tokens.Count; i++)
        {
            // "E-ViLM", "X-ray": a capital letter hyphenated to the next word starts a phrase, never ends one.
            bool hyphenatedInitial = tokens[i].Surface.Length == 1 && char.IsUpper(tokens[i].Surface[0]) &&
                tokens[i].Start + 1 < text.Length && text[tokens[i].Start + 1] == '-';
            if (!CanEdge(tokens[i]) && !hyphenatedInitial)
            {
                continue;
            }

            for (int length = hyphenatedInitial ? 2 : 1; length <= 3 && i + length <= tokens.Count; length++)
            {
                int last = i + length - 1;
                if (length > 1 && !Adjacent(text, tokens[last - 1], tokens[last]))
                {
                    break;
                }

                if (!CanEdge(tokens[last]))
                {
                    continue;
                }

                var stems = new string[length];
                for (int k = 0; k < length; k++)
                {
                    stems[k] = tokens[i + k].IsAcronym ? tokens[i + k].Lower : tokens[i + k].Stem;
                }

                if (length == 3 && !JoinsPhrase(tokens[i + 1]))
                {
                    continue;
                }

                int end = tokens[last].End;
                yield return new Candidate(string.Join(" ", stems), withSurface ? text.Substring(tokens[i].Start, end - tokens[i].Start) : string.Empty, stems);
            }
        }
    }

    // Inside a phrase, only words that join a noun phrase: "mixture of experts", "vision and language".
    private static bool JoinsPhrase(Token token) =>
        !StopWords.IsBoilerplate(token.Lower) || token.Lower == "of" || token.Lower == "and";

    private static bool CanEdge(Token token) => StopWords.IsTopicalWord(token.Lower);

    // Only spaces or hyphens between two words keep them in one phrase.
    private static bool Adjacent(string text, Token left, Token right)
    {
        for (int i = left.End; i < right.Start; i++)
        {
            char c = text[i];
            if (c != ' ' && c != '-')
            {
                return false;
            }
        }

        return right.Start - left.End <= 2;
    }

    internal readonly struct Candidate
    {
        public Candidate(string key, string surface, string[] stems)
        {
            Key = key;
            Surface = surface;
            Stems = stems;
        }

        public string Key { get; }

        public string Surface { get; }

        public string[] Stems { get; }
    }
}
