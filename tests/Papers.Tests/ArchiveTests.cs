using Papers.Corpus;
using Papers.Tests.Shared;

namespace Papers.Tests;

/// <summary>The real 9,049-entry archive, rendered as 593 daily digests: realistic many-file input.</summary>
public class ArchiveTests
{
    private static readonly Lazy<DigestLoadResult> Archive = new(() => DigestLoader.Load(RepoPaths.RenderedArchive));

    [Fact]
    public void The_committed_digests_are_exactly_a_fresh_render_of_the_archive()
    {
        var rendered = ArchiveRenderer.Render(ArchiveRenderer.Read(RepoPaths.HfDaily)).ToList();
        rendered.Should().HaveCount(593);
        foreach (var (fileName, text) in rendered)
        {
            File.ReadAllText(Path.Combine(RepoPaths.RenderedArchive, fileName)).Should().Be(text, fileName);
        }

        Directory.GetFiles(RepoPaths.RenderedArchive, "*.txt").Should().HaveCount(593);
    }

    [Fact]
    public void Every_entry_is_read_and_repeats_are_one_paper()
    {
        var entries = ArchiveRenderer.Read(RepoPaths.HfDaily);
        DigestLoadResult archive = Archive.Value;

        archive.Digests.Should().HaveCount(593);
        archive.Digests.Sum(d => d.Papers.Count).Should().Be(entries.Count);
        archive.Diagnostics.Where(d => d.Id is not ("PAPER007" or "PAPER008")).Should().BeEmpty("repeated titles and shared short names (Genie, Parrot) are real; nothing else is wrong");
        archive.Papers.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        archive.Papers.Should().HaveCount(entries.Select(e => e.ArxivId).Distinct().Count() - CountTitleRepeatsWithNewIds(entries));
    }

    [Fact]
    public void Each_paper_keeps_its_title_id_author_and_date()
    {
        var byId = Archive.Value.Papers.ToDictionary(p => p.Id);
        var byTitle = Archive.Value.Papers.ToLookup(p => TitleKey(p.Title));
        int compared = 0;
        var entries = ArchiveRenderer.Read(RepoPaths.HfDaily).DistinctBy(e => e.ArxivId).ToList();
        foreach (ArchiveEntry entry in entries)
        {
            if (!byId.TryGetValue(entry.ArxivId, out Paper? paper))
            {
                // An id whose title already came with another id: that earlier paper stands for it.
                byTitle[TitleKey(entry.Title)].Should().ContainSingle($"'{entry.Title}' ({entry.ArxivId}) is one paper under another id");
                continue;
            }

            paper.Title.Should().Be(entry.Title);
            paper.Authors.Should().Equal(entry.FirstAuthor);
            paper.Date.ToString().Should().Be(entry.Date);
            paper.ArxivId.Should().Be(entry.ArxivId);
            compared++;
        }

        compared.Should().Be(entries.Count - CountTitleRepeatsWithNewIds(ArchiveRenderer.Read(RepoPaths.HfDaily)), "every paper but the merged repeats is compared");
    }

    private static string TitleKey(string title) => string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    // Entries whose arXiv id is new but whose title was already seen are merged into that earlier paper.
    private static int CountTitleRepeatsWithNewIds(IReadOnlyList<ArchiveEntry> entries)
    {
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int merged = 0;
        foreach (ArchiveEntry entry in entries.OrderBy(e => e.Date, StringComparer.Ordinal))
        {
            bool newId = ids.Add(entry.ArxivId);
            bool newTitle = titles.Add(string.Join(' ', entry.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            if (newId && !newTitle)
            {
                merged++;
            }
        }

        return merged;
    }
}
