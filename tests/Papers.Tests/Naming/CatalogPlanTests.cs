using Papers.Corpus;
using Papers.Naming;
using Papers.Parsing;
using Papers.Tests.Shared;

namespace Papers.Tests.Naming;

/// <summary>The plan the loader derives on all cores is the plan the generator derives on one.</summary>
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

        CatalogPlan sequential = CatalogPlan.Create(paths, entries, ["Reserved"], parallel: false);
        CatalogPlan parallel = CatalogPlan.Create(paths, entries, ["Reserved"], parallel: true);

        parallel.Papers.Should().Equal(sequential.Papers);
        parallel.EntryToPaper.SelectMany(m => m).Should().Equal(sequential.EntryToPaper.SelectMany(m => m));
        parallel.Diagnostics.Select(d => d.ToString()).Should().Equal(sequential.Diagnostics.Select(d => d.ToString()));
        sequential.Diagnostics.Should().Contain(d => d.Id == "PAPER008").And.Contain(d => d.Id == "PAPER007");
        sequential.Papers.Count.Should().BeGreaterThan(14_000, "9,049 archive papers, 700 distinct colliding titles and 5,000 synthetic ones");
    }
}
