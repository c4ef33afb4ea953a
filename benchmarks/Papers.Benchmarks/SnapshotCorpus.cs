using System.Globalization;
using System.Text;
using Papers.Corpus;
using Papers.Tests.Shared;

namespace Papers.Benchmarks;

/// <summary>
/// A synthetic arXiv metadata snapshot the size of the real one (2.7 M records, ~4.5 GB of JSON lines, the
/// snapshot's own fields and order) in a temp file, written once per machine and never committed. Titles and
/// abstracts draw words from the real titles in data/ with their real frequencies, so common and rare words are
/// as common and rare as in arXiv.
/// </summary>
internal static class SnapshotCorpus
{
    public const int Records = 2_700_000;

    public static string File { get; } = Path.Combine(Path.GetTempPath(), "papers-snapshot-2.7m.json");

    /// <summary>Writes the snapshot if it is not there yet; returns its path and size.</summary>
    public static (string Path, long Bytes) Ensure()
    {
        string done = File + ".complete";
        if (!System.IO.File.Exists(done))
        {
            string[] words = Words();
            var random = new Random(27);
            using (var writer = new StreamWriter(File, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" })
            {
                for (int i = 0; i < Records; i++)
                {
                    writer.WriteLine(SnapshotRenderer.Line(Record(i, words, random)));
                }
            }

            System.IO.File.WriteAllText(done, string.Empty);
        }

        return (File, new FileInfo(File).Length);
    }

    /// <summary>10,000 titles to look up: records spread over the file (some in other case, with a trailing period) and titles of no record.</summary>
    public static List<string> Queries(int count = 10_000)
    {
        // Re-derives the chosen records' titles by replaying the generator up to each (cheap: no JSON).
        string[] words = Words();
        var random = new Random(27);
        var wanted = new SortedSet<int>(Enumerable.Range(0, count * 95 / 100).Select(k => (int)((long)k * Records / (count * 95 / 100))));
        var titles = new List<string>(count);
        for (int i = 0; i < Records && wanted.Count > 0; i++)
        {
            SnapshotRecord record = Record(i, words, random);
            if (wanted.Remove(i))
            {
                titles.Add((i % 3) switch { 0 => record.Title, 1 => record.Title.ToLowerInvariant(), _ => record.Title + "." });
            }
        }

        var other = new Random(99);
        while (titles.Count < count)
        {
            titles.Add(Phrase(words, other, other.Next(6, 14)) + " Unseen");
        }

        return titles;
    }

    private static SnapshotRecord Record(int i, string[] words, Random random)
    {
        string title = Phrase(words, random, random.Next(6, 14));
        var authors = Enumerable.Range(0, random.Next(1, 7)).Select(_ => new[] { Capital(words[random.Next(words.Length)]) + "son", Capital(words[random.Next(words.Length)])[..1] + ".", string.Empty }).ToArray();
        var abstractText = new StringBuilder(1200);
        while (abstractText.Length < 1100)
        {
            abstractText.Append(words[random.Next(words.Length)]).Append(' ');
        }

        var created = new DateOnly(2007, 4, 1).AddDays(i % 6800);
        string id = string.Create(CultureInfo.InvariantCulture, $"{created.Year % 100:D2}{created.Month:D2}.{i % 100_000:D5}");
        return new SnapshotRecord(id, title, string.Join(", ", authors.Select(a => a[1] + " " + a[0])), authors,
            i % 3 == 0 ? "10.1000/s" + i.ToString(CultureInfo.InvariantCulture) : null, null, "cs.LG stat.ML", abstractText.ToString(),
            [("v1", SnapshotRenderer.Created(created))]);
    }

    private static string Phrase(string[] words, Random random, int count) =>
        Capital(string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)])));

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    // Every word occurrence of the real titles: sampling from it keeps their frequencies.
    private static string[] Words() =>
        ArchiveRenderer.Read(Paths.HfDaily).Select(e => e.Title)
            .Concat(Csv.Read(Paths.ArxivOai).Select(r => r["title"]))
            .Concat(Csv.Read(Paths.ArxivCs).Select(r => r["titles"]))
            .SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToArray();
}
