using Papers.Corpus;
using Papers.Naming;
using Papers.Parsing;
using Papers.Tests.Shared;

namespace Papers.Tests.Naming;

/// <summary>
/// The plan the loader makes — each digest's names derived on other threads (a lone digest on all cores), then added
/// in order — is the plan the generator makes on one thread.
/// </summary>
public class CatalogPlanTests
{
    [Fact]
    public void A_parallel_plan_names_numbers_and_reports_exactly_as_the_sequential_one()
    {
        // The archive (repeats across digests, arXiv ids) plus a big digest with colliding names and duplicate titles.
        var files = Directory.GetFiles(RepoPaths.RenderedArchive, "*.txt").Order(StringComparer.Ordinal).ToList();
        var digests = files.Select(f => DigestParser.Parse(File.ReadAllText(f), new DigestParseOptions(f, null))).ToList();
        string colliding = string.Concat(Enumerable.Range(0, 3000).Select(i => $"Same Name {i % 700}: x\n\nAbstract {i}.\n\n"));
        digests.Add(DigestParser.Parse("Mar 11\n\n" + colliding + SyntheticCorpus.Digest(5000), new DigestParseOptions("big.txt", 2024)));
        var paths = digests.Select(d => d.Path).ToList();
        var entries = digests.Select(d => (IReadOnlyList<PlanEntry>)d.Entries.Select(e => new PlanEntry(e.Title, e.Metadata.ArxivId, e.TitleLine)).ToList()).ToList();

        CatalogPlan sequential = CatalogPlan.Create(paths, entries, ["Reserved"]);
        var derived = new EntryNames[entries.Count][];
        Parallel.For(0, entries.Count, d => derived[d] = CatalogPlan.Derive(entries[d], parallel: true));
        var builder = new CatalogPlanBuilder(["Reserved"]);
        for (int d = 0; d < entries.Count; d++)
        {
            builder.Add(paths[d], entries[d], derived[d]);
        }

        CatalogPlan parallel = builder.Build();

        parallel.Papers.Should().Equal(sequential.Papers);
        parallel.EntryToPaper.SelectMany(m => m).Should().Equal(sequential.EntryToPaper.SelectMany(m => m));
        parallel.Diagnostics.Select(d => d.ToString()).Should().Equal(sequential.Diagnostics.Select(d => d.ToString()));
        sequential.Diagnostics.Should().Contain(d => d.Id == "PAPER008").And.Contain(d => d.Id == "PAPER007");
        sequential.Papers.Count.Should().BeGreaterThan(14_000, "9,049 archive papers, 700 distinct colliding titles and 5,000 synthetic ones");
    }

    [Fact]
    public void Loading_many_files_gives_the_papers_and_warnings_of_the_plan_made_on_one_thread()
    {
        // The loader reads files on the thread pool and plans each as it arrives: which file finishes first must not
        // change a single id, a digest's papers or a warning.
        IReadOnlyList<string> files = DigestLoader.FindFiles([RepoPaths.RenderedArchive]);
        var digests = files.Select(f => DigestParser.Parse(File.ReadAllText(f), new DigestParseOptions(f, null))).ToList();
        CatalogPlan plan = CatalogPlan.Create(files, digests.Select(d => (IReadOnlyList<PlanEntry>)d.Entries.Select(e => new PlanEntry(e.Title, e.Metadata.ArxivId, e.TitleLine)).ToList()).ToList(), []);

        DigestLoadResult loaded = DigestLoader.Load(files);

        loaded.Papers.Select(p => p.Id).Should().Equal(plan.Papers.Select(p => p.Id));
        loaded.Digests.SelectMany(d => d.Papers.Select(p => p.Id)).Should().Equal(plan.EntryToPaper.SelectMany(m => m.Select(i => plan.Papers[i].Id)));
        loaded.Diagnostics.Select(d => d.ToString()).Should().Equal(plan.Diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => d.ToString()));
        plan.Diagnostics.Should().Contain(d => d.Id == "PAPER008", "the archive has colliding names, so the comparison covers them");
    }
}
