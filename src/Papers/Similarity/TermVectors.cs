using System;
using System.Collections.Generic;
using Papers.Text;

namespace Papers.Similarity;

/// <summary>
/// Sparse TF-IDF vectors of texts: Porter stems without function words or numbers, sublinear term frequency
/// (1 + ln tf), smoothed idf (ln((1 + n) / (1 + df)) + 1), L2-normalised — the weighting scikit-learn's
/// <c>TfidfVectorizer(sublinear_tf=True)</c> uses, so cosine similarity is a dot product.
/// </summary>
internal sealed class TermVectors
{
    private TermVectors(string[] vocabulary, int[] documentFrequency, SparseVector[] vectors)
    {
        Vocabulary = vocabulary;
        DocumentFrequency = documentFrequency;
        Vectors = vectors;
    }

    public string[] Vocabulary { get; }

    public int[] DocumentFrequency { get; }

    public SparseVector[] Vectors { get; }

    public int Count => Vectors.Length;

    public static TermVectors Build(IReadOnlyList<string> texts)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var vocabulary = new List<string>();
        var df = new List<int>();
        var counts = new Dictionary<int, int>[texts.Count];
        for (int d = 0; d < texts.Count; d++)
        {
            var tf = new Dictionary<int, int>();
            foreach (Token token in Tokenizer.Tokenize(texts[d]))
            {
                if (!IsTerm(token))
                {
                    continue;
                }

                if (!ids.TryGetValue(token.Stem, out int id))
                {
                    id = vocabulary.Count;
                    ids.Add(token.Stem, id);
                    vocabulary.Add(token.Stem);
                    df.Add(0);
                }

                if (tf.TryGetValue(id, out int n))
                {
                    tf[id] = n + 1;
                }
                else
                {
                    tf[id] = 1;
                    df[id]++;
                }
            }

            counts[d] = tf;
        }

        var vectors = new SparseVector[texts.Count];
        for (int d = 0; d < texts.Count; d++)
        {
            var terms = new int[counts[d].Count];
            var weights = new float[terms.Length];
            int i = 0;
            foreach (var pair in counts[d])
            {
                terms[i++] = pair.Key;
            }

            Array.Sort(terms);
            double norm = 0;
            for (i = 0; i < terms.Length; i++)
            {
                double idf = Math.Log((1.0 + texts.Count) / (1.0 + df[terms[i]])) + 1.0;
                double weight = (1.0 + Math.Log(counts[d][terms[i]])) * idf;
                weights[i] = (float)weight;
                norm += weight * weight;
            }

            float scale = norm > 0 ? (float)(1.0 / Math.Sqrt(norm)) : 0f;
            for (i = 0; i < weights.Length; i++)
            {
                weights[i] *= scale;
            }

            vectors[d] = new SparseVector(terms, weights);
        }

        return new TermVectors(vocabulary.ToArray(), df.ToArray(), vectors);
    }

    private static bool IsTerm(Token token) => StopWords.IsContentWord(token.Lower);
}

/// <summary>Term ids in ascending order with their weights.</summary>
internal readonly struct SparseVector
{
    public SparseVector(int[] terms, float[] weights)
    {
        Terms = terms;
        Weights = weights;
    }

    public int[] Terms { get; }

    public float[] Weights { get; }

    public float Dot(SparseVector other)
    {
        float sum = 0;
        int i = 0;
        int j = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            int a = Terms[i];
            int b = other.Terms[j];
            if (a == b)
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
