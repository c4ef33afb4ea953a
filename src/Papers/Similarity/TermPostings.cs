using System;

namespace Papers.Similarity;

/// <summary>
/// An inverted index of TF-IDF vectors as one flat array: for every vocabulary term, the documents that hold it
/// (lowest indexes first) with their weights. Nearest-neighbour search reads it to accumulate cosines, the latent
/// space to multiply by the transposed matrix; both walk a term's documents front to back.
/// </summary>
internal sealed class TermPostings
{
    private TermPostings(int[] start, int[] documents, float[] weights)
    {
        Start = start;
        Documents = documents;
        Weights = weights;
    }

    /// <summary>Term t's entries are <c>Start[t]</c> up to <c>Start[t + 1]</c>.</summary>
    public int[] Start { get; }

    public int[] Documents { get; }

    public float[] Weights { get; }

    /// <param name="vectors">The documents.</param>
    /// <param name="kept">How many of a term's documents to keep, from its document frequency: 0 leaves it out.</param>
    public static TermPostings Build(TermVectors vectors, Func<int, int> kept)
    {
        int terms = vectors.Vocabulary.Length;
        var start = new int[terms + 1];
        for (int t = 0; t < terms; t++)
        {
            start[t + 1] = start[t] + Math.Min(vectors.DocumentFrequency[t], kept(vectors.DocumentFrequency[t]));
        }

        var next = (int[])start.Clone();
        var documents = new int[start[terms]];
        var weights = new float[documents.Length];
        for (int d = 0; d < vectors.Count; d++)
        {
            SparseVector vector = vectors.Vectors[d];
            for (int i = 0; i < vector.Terms.Length; i++)
            {
                int term = vector.Terms[i];
                if (next[term] < start[term + 1])
                {
                    documents[next[term]] = d;
                    weights[next[term]++] = vector.Weights[i];
                }
            }
        }

        return new TermPostings(start, documents, weights);
    }
}
