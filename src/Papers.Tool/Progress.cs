namespace Papers.Tool;

/// <summary>
/// A one-line progress bar on stderr while many digests are read — only on a terminal (or with
/// <c>PAPERS_PROGRESS=always</c>), so pipes and CI logs stay clean.
/// </summary>
internal static class Progress
{
    private const int Threshold = 50;

    public static IProgress<DigestLoadProgress>? For(TextWriter error) => Shown(error) ? new Bar(error) : null;

    private static bool Shown(TextWriter error) =>
        Environment.GetEnvironmentVariable("PAPERS_PROGRESS") == "always" || (!Console.IsErrorRedirected && ReferenceEquals(error, Console.Error));

    /// <summary>A bar over bytes (a snapshot being scanned), under the same terminal rule.</summary>
    public static IProgress<(long Done, long Total)>? ForBytes(TextWriter error, string what) =>
        Shown(error) ? new AmountBar(error, what, (done, total) => $"{done >> 20}/{total >> 20} MB") : null;

    /// <summary>A bar over papers (looked up in the arXiv API), under the same terminal rule.</summary>
    public static IProgress<(long Done, long Total)>? ForPapers(TextWriter error, string what) =>
        Shown(error) ? new AmountBar(error, what, (done, total) => $"{done}/{total} papers") : null;

    private sealed class AmountBar(TextWriter error, string what, Func<long, long, string> amount) : IProgress<(long Done, long Total)>
    {
        private int _shown = -1;

        public void Report((long Done, long Total) value)
        {
            int percent = value.Total == 0 ? 100 : (int)(value.Done * 100 / value.Total);
            if (percent == _shown)
            {
                return;
            }

            _shown = percent;
            int filled = percent / 5;
            error.Write($"\r{what} [{new string('#', filled)}{new string('.', 20 - filled)}] {amount(value.Done, value.Total)}");
            if (value.Done >= value.Total)
            {
                error.WriteLine();
            }
        }
    }

    // Reported on the loading thread (not System.Progress<T>, which would post to the thread pool out of order).
    private sealed class Bar(TextWriter error) : IProgress<DigestLoadProgress>
    {
        private int _shown = -1;

        public void Report(DigestLoadProgress value)
        {
            var (done, total, _) = value;
            if (total < Threshold)
            {
                return;
            }

            int percent = done * 100 / total;
            if (percent == _shown && done != total)
            {
                return;
            }

            _shown = percent;
            int filled = percent / 5;
            error.Write($"\rreading [{new string('#', filled)}{new string('.', 20 - filled)}] {done}/{total} digests");
            if (done == total)
            {
                error.WriteLine();
            }
        }
    }
}
