namespace Papers.Tool;

/// <summary>
/// A one-line progress bar on stderr while many digests are read — only on a terminal (or with
/// <c>PAPERS_PROGRESS=always</c>), so pipes and CI logs stay clean.
/// </summary>
internal static class Progress
{
    private const int Threshold = 50;

    public static IProgress<DigestLoadProgress>? For(TextWriter error)
    {
        bool always = Environment.GetEnvironmentVariable("PAPERS_PROGRESS") == "always";
        if (!always && (Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error)))
        {
            return null;
        }

        return new Bar(error);
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
