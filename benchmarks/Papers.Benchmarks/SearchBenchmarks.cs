using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Papers.Linq;
using Papers.Query;

namespace Papers.Benchmarks;

/// <summary>
/// Ranked search against Lucene.NET 4.8 (RAMDirectory, BM25Similarity(1.2, 0.75), EnglishAnalyzer, title^2 +
/// abstract) on the archive and the arXiv abstracts: index build, 60 queries' top 10, allocations; the top-10
/// overlap of the two rankings is printed at setup and recorded in benchmarks/README.md.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private IReadOnlyList<Paper> _papers = [];
    private IndexSearcher _searcher = null!;
    private Analyzer _analyzer = null!;

    [Params("archive (9,049)", "arxiv-cs (993)")]
    public string Corpus { get; set; } = "arxiv-cs (993)";

    [GlobalSetup]
    public void Setup()
    {
        _papers = Corpus.StartsWith("archive", StringComparison.Ordinal) ? SearchCorpus.Archive() : SearchCorpus.Arxiv();
        _analyzer = new EnglishAnalyzer(Version);
        _searcher = new IndexSearcher(DirectoryReader.Open(BuildLucene(_papers, _analyzer)));
        _searcher.Similarity = new BM25Similarity(1.2f, 0.75f);
        _ = _papers.Search("warm up").Count();

        double overlap = SearchCorpus.Queries.Average(q =>
        {
            var ours = _papers.Search(q).Take(10).Select(h => h.Paper.Id).ToHashSet();
            var theirs = Lucene(q).ToHashSet();
            int size = Math.Max(1, Math.Min(10, Math.Max(ours.Count, theirs.Count)));
            return ours.Intersect(theirs).Count() / (double)size;
        });
        Console.WriteLine($"// top-10 overlap with Lucene.NET over {SearchCorpus.Queries.Length} queries on {Corpus}: {overlap:0.000}");
    }

    [Benchmark(Description = "Papers: build index")]
    public int PapersIndex() => PapersIndexFresh();

    [Benchmark(Description = "Lucene: build index")]
    public int LuceneIndex()
    {
        using var directory = BuildLucene(_papers, _analyzer);
        return _papers.Count;
    }

    [Benchmark(Description = "Papers: 60 queries, top 10")]
    public int PapersQueries()
    {
        int found = 0;
        foreach (string query in SearchCorpus.Queries)
        {
            found += _papers.Search(query).Take(10).Count();
        }

        return found;
    }

    [Benchmark(Baseline = true, Description = "Lucene: 60 queries, top 10")]
    public int LuceneQueries()
    {
        int found = 0;
        foreach (string query in SearchCorpus.Queries)
        {
            found += Lucene(query).Count;
        }

        return found;
    }

    // A fresh list instance has no cached index, so this measures a full build.
    private int PapersIndexFresh() => _papers.ToList().Search("index").Take(1).Count();

    private List<string> Lucene(string text)
    {
        var query = new BooleanQuery();
        foreach (string term in Analyze(text))
        {
            query.Add(new TermQuery(new Term("title", term)) { Boost = 2f }, Occur.SHOULD);
            query.Add(new TermQuery(new Term("abstract", term)), Occur.SHOULD);
        }

        return _searcher.Search(query, 10).ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id")).ToList();
    }

    private List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using TokenStream stream = _analyzer.GetTokenStream("abstract", text);
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(attribute.ToString());
        }

        stream.End();
        return terms;
    }

    private static RAMDirectory BuildLucene(IReadOnlyList<Paper> papers, Analyzer analyzer)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity(1.2f, 0.75f) };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (Paper paper in papers)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", paper.Id, Field.Store.YES),
                    new TextField("title", paper.Title, Field.Store.NO),
                    new TextField("abstract", paper.Abstract, Field.Store.NO),
                });
            }
        }

        return directory;
    }
}
