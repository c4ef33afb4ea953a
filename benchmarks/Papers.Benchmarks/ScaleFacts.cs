using System.Diagnostics;
using Papers.Export;
using Papers.Linq;
using Papers.Parquet;

namespace Papers.Benchmarks;

/// <summary>
/// What a timing benchmark cannot show for a million papers, measured once in one process: the managed memory the
/// papers and the search index keep, the one-time cost of topics and keyphrases, and the size of each export.
/// </summary>
internal static class ScaleFacts
{
    public static string Measure()
    {
        var (folder, digestBytes) = ScaleCorpus.Ensure();
        var lines = new List<string> { $"digests: {digestBytes / 1e6:F0} MB in {Directory.GetFiles(folder, "*.txt").Length} files" };

        long start = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<Paper> papers = DigestLoader.Load(folder).Papers;
        lines.Add($"load: {clock.Elapsed.TotalSeconds:F1} s, {digestBytes / 1e6 / clock.Elapsed.TotalSeconds:F0} MB/s, {papers.Count:N0} papers");
        long loaded = GC.GetTotalMemory(forceFullCollection: true);
        long textChars = papers.Sum(p => (long)p.Title.Length + p.Abstract.Length);
        lines.Add($"papers retained: {(loaded - start) / 1e6:F0} MB; indexed text (titles + abstracts): {textChars / 1e6:F0} M chars = {textChars * 2 / 1e6:F0} MB as .NET strings");

        clock.Restart();
        _ = papers.Search("index").Take(1).Count();
        long indexed = GC.GetTotalMemory(forceFullCollection: true);
        lines.Add($"search index: built in {clock.Elapsed.TotalSeconds:F1} s, retains {(indexed - loaded) / 1e6:F0} MB = {(indexed - loaded) / (textChars * 2.0):F2}x the text's string bytes ({(indexed - loaded) / (double)digestBytes:F2}x its UTF-8 bytes)");

        clock.Restart();
        foreach (Paper paper in papers)
        {
            _ = paper.Topics;
        }

        lines.Add($"topics, first use: {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        foreach (Paper paper in papers)
        {
            _ = paper.Keyphrases;
        }

        lines.Add($"keyphrases, first use: {clock.Elapsed.TotalSeconds:F1} s");

        string output = Directory.CreateTempSubdirectory("papers-scale-facts-").FullName;
        foreach (var (name, write) in new (string, Action<Stream>)[]
        {
            ("papers.parquet", s => ParquetExport.WriteAsync(papers, s).GetAwaiter().GetResult()),
            ("papers.jsonl", s => PaperExport.WriteJsonLines(papers, s)),
            ("papers.csv", s => PaperExport.WriteCsv(papers, s)),
        })
        {
            string path = Path.Combine(output, name);
            clock.Restart();
            using (FileStream stream = File.Create(path))
            {
                write(stream);
            }

            long bytes = new FileInfo(path).Length;
            lines.Add($"{name}: {bytes / 1e6:F0} MB ({bytes / (double)digestBytes:F2}x the digests), written in {clock.Elapsed.TotalSeconds:F1} s = {digestBytes / 1e6 / clock.Elapsed.TotalSeconds:F0} MB/s of digest text");
        }

        Directory.Delete(output, recursive: true);
        GC.KeepAlive(papers);
        return string.Join('\n', lines);
    }
}
