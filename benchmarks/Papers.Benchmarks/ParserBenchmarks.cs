using BenchmarkDotNet.Attributes;
using Papers.Corpus;
using Papers.Parsing;

namespace Papers.Benchmarks;

/// <summary>Parser throughput: the real archive (593 files, 6 MB) and one synthetic 100,000-paper digest.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private (string Path, string Text)[] _archive = [];
    private string _synthetic = string.Empty;

    /// <summary>Bytes parsed per operation, to turn time into MB/s.</summary>
    public static long ArchiveChars { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _archive = Directory.GetFiles(Paths.Archive, "*.txt").Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToArray();
        _synthetic = SyntheticCorpus.Digest(100_000);
        Console.WriteLine($"// archive: {_archive.Sum(a => (long)a.Text.Length):N0} chars in {_archive.Length} files; synthetic: {_synthetic.Length:N0} chars");
    }

    [Benchmark(Description = "parse archive (593 files, 9,049 entries)")]
    public int ParseArchive()
    {
        int entries = 0;
        foreach (var (path, text) in _archive)
        {
            entries += DigestParser.Parse(text, new DigestParseOptions(path)).Entries.Count;
        }

        return entries;
    }

    [Benchmark(Description = "parse synthetic (1 file, 100,000 papers)")]
    public int ParseSynthetic() => DigestParser.Parse(_synthetic, new DigestParseOptions("synthetic.txt")).Entries.Count;
}
