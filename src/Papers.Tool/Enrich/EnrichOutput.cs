using Papers.Citations.Export;

namespace Papers.Tool.Enrich;

/// <summary>
/// The sidecar <c>papers enrich</c> writes: one entry per matched paper, in digest order, under the digest's own
/// title (so the build matches it back by title, as it does any sidecar), with what the record adds and where it
/// came from. BibTeX for <c>.bib</c>, CSL-JSON for <c>.json</c>, through the library's exporters.
/// </summary>
internal static class EnrichOutput
{
    public static bool IsBibTeX(string file) => Path.GetExtension(file).Equals(".bib", StringComparison.OrdinalIgnoreCase);

    public static bool IsKnown(string file) => IsBibTeX(file) || Path.GetExtension(file).Equals(".json", StringComparison.OrdinalIgnoreCase);

    public static void Write(IReadOnlyList<EnrichMatch> matches, string source, string file)
    {
        var papers = new List<Paper>();
        var notes = new Dictionary<Paper, EntryNotes>(ReferenceEqualityComparer.Instance);
        foreach (EnrichMatch match in matches)
        {
            if (match.Record is not ArxivRecord record)
            {
                continue;
            }

            var paper = new Paper
            {
                Id = match.Paper.Id,
                Title = match.Paper.Title,
                Source = match.Paper.Source,
                Authors = record.Authors,
                ArxivId = record.Id,
                Doi = record.Doi,
                Published = record.Submitted is DateOnly v1 ? new PaperDate(v1.Year, v1.Month, v1.Day) : null,
            };
            papers.Add(paper);
            notes[paper] = new EntryNotes(record.JournalRef, record.PrimaryCategory, $"papers enrich: {source}, {match.Label}");
        }

        AtomicFile.Write(file, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            if (IsBibTeX(file))
            {
                BibTexWriter.Write(papers, writer, bibLaTeX: false, p => notes[p]);
            }
            else
            {
                CslJsonWriter.Write(papers, writer, p => notes[p]);
            }
        });
    }
}
