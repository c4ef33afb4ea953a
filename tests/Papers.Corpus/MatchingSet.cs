using System.Globalization;
using System.Text;

namespace Papers.Corpus;

/// <summary>
/// A labelled set for <c>papers enrich</c>'s title matching, where the truth is known: the daily-papers archive
/// rendered as title-only digests (no ids, no links), with realistic perturbations of the titles, against a
/// snapshot of those papers' records mixed with real arXiv distractors and made-up near duplicates — another
/// paper with a one-word-different title, the same title with another subtitle, the same title years earlier.
/// Some papers' records are held back, so any match for them is a false one.
/// </summary>
public sealed class MatchingSet
{
    private MatchingSet(List<string> snapshot, List<(string FileName, string Text)> digests, Dictionary<string, string?> truth, Dictionary<string, string> perturbations)
    {
        Snapshot = snapshot;
        Digests = digests;
        Truth = truth;
        Perturbations = perturbations;
    }

    /// <summary>The snapshot's lines, in a shuffled order.</summary>
    public IReadOnlyList<string> Snapshot { get; }

    /// <summary>One title-only digest per archive day.</summary>
    public IReadOnlyList<(string FileName, string Text)> Digests { get; }

    /// <summary>For each digest paper ("file:line" of its title), its arXiv id, or null when its record was held back.</summary>
    public IReadOnlyDictionary<string, string?> Truth { get; }

    /// <summary>For each digest paper, which perturbation its title got.</summary>
    public IReadOnlyDictionary<string, string> Perturbations { get; }

    // A paragraph that reads as an abstract, so a title with a trailing period is never taken for one.
    private const string Abstract = "We study this problem in depth, propose a method that is simple to train, and report results on standard benchmarks. Code and data are released for others to build on.";

    public static MatchingSet Build(IReadOnlyList<ArchiveEntry> archive, IEnumerable<SnapshotRecord> distractors, IEnumerable<string> distractorTitles, int seed = 2024)
    {
        var random = new Random(seed);
        var snapshot = new List<string>();
        var truth = new Dictionary<string, string?>(StringComparer.Ordinal);
        var perturbations = new Dictionary<string, string>(StringComparer.Ordinal);
        var withheld = new HashSet<string>(StringComparer.Ordinal);
        int made = 0;
        string NewId() => string.Create(CultureInfo.InvariantCulture, $"2601.{90000 + made++:D5}");

        foreach (ArchiveEntry entry in archive.GroupBy(e => e.ArxivId, StringComparer.Ordinal).Select(g => g.First()))
        {
            var listed = DateOnly.ParseExact(entry.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            DateOnly submitted = listed.AddDays(-random.Next(1, 15));
            if (random.NextDouble() < 0.03)
            {
                withheld.Add(entry.ArxivId);
            }
            else
            {
                snapshot.Add(SnapshotRenderer.Line(Record(entry.ArxivId, entry.Title, entry.FirstAuthor, submitted)));
            }

            double kind = random.NextDouble();
            if (kind < 0.05)
            {
                snapshot.Add(SnapshotRenderer.Line(Record(NewId(), OneWordOff(entry.Title, random), "Other Author", submitted.AddDays(random.Next(-60, 60)))));
            }
            else if (kind < 0.10 && entry.Title.IndexOf(':', StringComparison.Ordinal) is int colon and > 0)
            {
                snapshot.Add(SnapshotRenderer.Line(Record(NewId(), entry.Title.Substring(0, colon) + ": A Follow-Up Study of Its Limits", "Other Author", submitted.AddDays(random.Next(30, 400)))));
            }
            else if (kind < 0.15)
            {
                snapshot.Add(SnapshotRenderer.Line(Record(NewId(), entry.Title, "Earlier Author", submitted.AddYears(-random.Next(3, 9)))));
            }
        }

        foreach (SnapshotRecord record in distractors)
        {
            snapshot.Add(SnapshotRenderer.Line(record));
        }

        foreach (string title in distractorTitles)
        {
            snapshot.Add(SnapshotRenderer.Line(Record(NewId(), title, "Someone Else", new DateOnly(2019, 6, 1))));
        }

        // Shuffled, so nothing depends on the records' order in the file.
        for (int i = snapshot.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (snapshot[i], snapshot[j]) = (snapshot[j], snapshot[i]);
        }

        var digests = new List<(string, string)>();
        foreach (var day in archive.GroupBy(e => e.Date).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string file = day.Key + ".txt";
            var text = new StringBuilder("Daily Papers\n\n").Append(day.Key).Append("\n\n");
            int line = 5;
            foreach (ArchiveEntry entry in day)
            {
                var (title, how) = Perturb(OneLine(entry.Title), random);
                text.Append(title).Append("\n\n").Append(Abstract).Append("\n\n");
                string at = file + ":" + line.ToString(CultureInfo.InvariantCulture);
                truth[at] = withheld.Contains(entry.ArxivId) ? null : entry.ArxivId;
                perturbations[at] = how;
                line += 4;
            }

            digests.Add((file, text.ToString()));
        }

        return new MatchingSet(snapshot, digests, truth, perturbations);
    }

    private static SnapshotRecord Record(string id, string title, string author, DateOnly submitted)
    {
        string[] parts = author.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string family = parts.Length > 0 ? parts[^1] : author;
        string given = string.Join(' ', parts.Take(Math.Max(0, parts.Length - 1)));
        return new SnapshotRecord(id, title, author, [[family, given, string.Empty]], null, null, "cs.LG", "An abstract.", [("v1", SnapshotRenderer.Created(submitted))]);
    }

    // Another paper whose title differs by one word: a plural, or a word swapped for a neighbour.
    private static string OneWordOff(string title, Random random)
    {
        string[] words = title.Split(' ');
        int at = random.Next(words.Length);
        words[at] = words[at].EndsWith('s') ? words[at] + "es" : words[at] + "s";
        return string.Join(' ', words);
    }

    // What a digest does to a title on its way: case, TeX for accents, dropped punctuation, hyphenation, spaces,
    // a trailing period — and now and then a real typo or a changed small word.
    private static (string Title, string How) Perturb(string title, Random random)
    {
        double roll = random.NextDouble();
        return roll switch
        {
            < 0.15 => (title, "none"),
            < 0.27 => (title.ToLowerInvariant(), "lower case"),
            < 0.34 => (title.ToUpperInvariant(), "upper case"),
            < 0.44 => (Tex(title), "TeX"),
            < 0.56 => (new string(title.Where(c => c is not (':' or ',' or '?' or '!' or '(' or ')' or '"')).ToArray()), "punctuation dropped"),
            < 0.68 => (title.Replace("-", random.Next(2) == 0 ? " " : string.Empty, StringComparison.Ordinal), "hyphens"),
            < 0.78 => (title.Replace(" ", "  ", StringComparison.Ordinal), "double spaces"),
            < 0.90 => (title + ".", "trailing period"),
            < 0.96 => (Typo(title, random), "typo"),
            _ => (title.Replace("Towards ", "Toward ", StringComparison.Ordinal).Replace(" of ", " for ", StringComparison.Ordinal).Replace(" and ", " & ", StringComparison.Ordinal), "small word"),
        };
    }

    private static string Tex(string title)
    {
        var text = new StringBuilder(title.Length + 8);
        foreach (char c in title)
        {
            text.Append(c switch
            {
                'é' => "\\'e", 'è' => "\\`e", 'ü' => "\\\"u", 'ö' => "\\\"o", 'ä' => "\\\"a", 'á' => "\\'a", 'ñ' => "\\~n", '–' => "--", '—' => "---",
                _ => c.ToString(),
            });
        }

        // Capitals protected as BibTeX does.
        string result = text.ToString();
        int space = result.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? "{" + result.Substring(0, space) + "}" + result.Substring(space) : result;
    }

    // One letter dropped inside a long word.
    private static string Typo(string title, Random random)
    {
        string[] words = title.Split(' ');
        var longWords = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 6).ToList();
        if (longWords.Count == 0)
        {
            return title;
        }

        int w = longWords[random.Next(longWords.Count)];
        int at = random.Next(1, words[w].Length - 1);
        words[w] = words[w].Remove(at, 1);
        return string.Join(' ', words);
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
