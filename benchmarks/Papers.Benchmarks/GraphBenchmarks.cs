using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Papers.Graphs;
using Papers.Similarity;

namespace Papers.Benchmarks;

/// <summary>
/// The similarity graph (k = 10) and its communities at scale: the 9,049-entry archive and 100,000 synthetic
/// papers, against the naive baseline that scores all pairs. Synthetic papers recombine sentences of the archive,
/// so their vocabulary and term frequencies are realistic (a tiny vocabulary would make every pair a candidate).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class GraphBenchmarks
{
    private IReadOnlyList<Paper> _papers = [];

    [Params("archive (9,049)", "synthetic (100,000)")]
    public string Corpus { get; set; } = "archive (9,049)";

    [GlobalSetup]
    public void Setup()
    {
        IReadOnlyList<Paper> archive = DigestLoader.Load(Paths.Archive).Papers;
        _papers = Corpus.StartsWith("archive", StringComparison.Ordinal) ? archive.ToList() : Recombine(archive, 100_000);
    }

    [Benchmark(Description = "similarity graph (inverted index)")]
    public int SimilarityGraph() => _papers.SimilarityGraph(k: 10).Edges.Count;

    [Benchmark(Description = "similarity graph + Louvain + PageRank")]
    public int WithCommunities() => _papers.SimilarityGraph(k: 10).Analysis.Communities.Count;

    [Benchmark(Baseline = true, Description = "naive all pairs (baseline)")]
    public long AllPairs()
    {
        if (_papers.Count > 20_000)
        {
            return -1; // 5·10⁹ dot products: not run; see benchmarks/README.md
        }

        TermVectors vectors = TermVectors.Build(_papers.Select(p => p.Title + " " + p.Abstract).ToList());
        long kept = 0;
        var best = new float[vectors.Count];
        Parallel.For(0, vectors.Count, a =>
        {
            var scores = new float[vectors.Count];
            for (int b = 0; b < vectors.Count; b++)
            {
                scores[b] = a == b ? 0 : vectors.Vectors[a].Dot(vectors.Vectors[b]);
            }

            Array.Sort(scores);
            best[a] = scores[^10];
        });
        foreach (float score in best)
        {
            kept += score > 0 ? 1 : 0;
        }

        return kept;
    }

    private static List<Paper> Recombine(IReadOnlyList<Paper> archive, int count)
    {
        var sentences = archive.SelectMany(p => p.Abstract.Split(". ", StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var random = new Random(17);
        var papers = new List<Paper>(count);
        for (int i = 0; i < count; i++)
        {
            Paper template = archive[random.Next(archive.Count)];
            string text = string.Join(". ", Enumerable.Range(0, 4).Select(_ => sentences[random.Next(sentences.Length)]));
            papers.Add(new Paper { Id = "s" + i, Title = template.Title + " " + i, Abstract = text, Source = new SourceLocation("synthetic", i + 1) });
        }

        return papers;
    }
}
