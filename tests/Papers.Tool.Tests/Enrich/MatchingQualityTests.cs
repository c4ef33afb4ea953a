using Papers.Corpus;
using Papers.Tests.Shared;
using Papers.Tool.Enrich;
using Xunit.Abstractions;

namespace Papers.Tool.Tests.Enrich;

/// <summary>
/// Matching quality where the truth is known (<see cref="MatchingSet"/>): the 9,049-entry archive as title-only,
/// perturbed digests against its records, real arXiv distractors and near duplicates. Goal: precision ≥ 99.5 % at
/// recall ≥ 98 %; the numbers are printed and recorded in docs/quality.md.
/// </summary>
public sealed class MatchingQualityTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("papers-matching-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string At(Paper paper) => Path.GetFileName(paper.Source.File) + ":" + paper.Source.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Title_matching_is_precise_and_finds_nearly_everything()
    {
        var set = MatchingSet.Build(
            ArchiveRenderer.Read(RepoPaths.HfDaily),
            Snapshots.Oai,
            Csv.Read(RepoPaths.ArxivCs).Select(r => r["titles"]));
        string digests = Directory.CreateDirectory(Path.Combine(_dir, "digests")).FullName;
        foreach (var (name, text) in set.Digests)
        {
            File.WriteAllText(Path.Combine(digests, name), text);
        }

        // The archive lists some papers twice; the loader keeps one of each (PAPER007), and so does the count.
        var papers = DigestLoader.Load(digests).Papers;
        papers.Should().OnlyContain(p => set.Truth.ContainsKey(At(p)), "every paper read is one the set knows");
        papers.Count.Should().BeGreaterThan(8_700);
        var queries = papers.Select(EnrichQuery.For).ToList();
        queries.Should().OnlyContain(q => q.ArxivId == null, "title-only: nothing to look up by id");
        var source = new SnapshotSource(Snapshots.Write(_dir, set.Snapshot));
        var answers = await source.FindAsync(queries, CancellationToken.None);
        var matches = queries.Select((q, i) => TitleMatcher.Decide(q, answers[i])).ToList();

        int matched = 0, correct = 0, present = 0, ambiguous = 0;
        var wrong = new List<string>();
        var byPerturbation = new Dictionary<string, (int Present, int Found)>(StringComparer.Ordinal);
        foreach (EnrichMatch match in matches)
        {
            string at = At(match.Paper);
            string? truth = set.Truth[at];
            string how = set.Perturbations[at];
            ambiguous += match.Kind == MatchKind.Ambiguous ? 1 : 0;
            if (truth is not null)
            {
                present++;
            }

            bool right = match.Record is not null && match.Record.Id == truth;
            if (match.Record is not null)
            {
                matched++;
                correct += right ? 1 : 0;
                if (!right)
                {
                    wrong.Add($"{how}: {match.Paper.Title} -> {match.Record.Id} {match.Record.Title} ({match.Label}; truth {truth ?? "held back"})");
                }
            }

            if (truth is not null)
            {
                var (p, f) = byPerturbation.GetValueOrDefault(how);
                byPerturbation[how] = (p + 1, f + (right ? 1 : 0));
            }
        }

        double precision = (double)correct / matched;
        double recall = (double)correct / present;
        output.WriteLine($"{queries.Count} papers, {present} with a record in the {set.Snapshot.Count:N0}-record snapshot; matched {matched}, correct {correct}, ambiguous {ambiguous}");
        output.WriteLine($"precision {precision:P2}, recall {recall:P2}");
        foreach (var (how, (p, f)) in byPerturbation.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {how}: {f}/{p} ({(double)f / p:P1})");
        }

        output.WriteLine($"wrong: {wrong.Count(w => w.Contains("(title-exact;", StringComparison.Ordinal))} by an equal title, {wrong.Count(w => w.Contains("(title-similar", StringComparison.Ordinal))} by a similar one; {wrong.Count(w => w.EndsWith("truth held back)", StringComparison.Ordinal))} of them held back");
        foreach (string line in wrong.Take(20))
        {
            output.WriteLine("  wrong: " + line);
        }

        precision.Should().BeGreaterThanOrEqualTo(0.995, string.Join("\n", wrong.Take(10)));
        recall.Should().BeGreaterThanOrEqualTo(0.98);
    }
}
