using Papers.Benchmarks.Archive;
using Papers.Corpus;

namespace Papers.Benchmarks;

/// <summary>
/// Managed heap that stays alive after touching every title of the archive — what a process pays to keep the
/// papers around. Run once per process (<c>memory catalog</c>, <c>memory json</c>), so neither pays for the other.
/// </summary>
internal static class RetainedMemory
{
    public static string Measure(string which)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        object keep;
        long titles = 0;
        if (which == "catalog")
        {
            keep = ArchiveCatalog.All;
            foreach (Paper paper in ArchiveCatalog.All)
            {
                titles += paper.Title.Length;
            }
        }
        else
        {
            var papers = ArchiveJson.Read(Paths.ArchiveJson);
            keep = papers;
            foreach (JsonPaper paper in papers)
            {
                titles += paper.Title.Length;
            }
        }

        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(keep);
        return $"{which}: {(after - before) / 1024.0 / 1024.0:F1} MB retained after touching {titles:N0} title chars";
    }
}
