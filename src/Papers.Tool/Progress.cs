namespace Papers.Tool;

/// <summary>
/// A one-line progress bar on stderr while many digests are read — only on a terminal (or with
/// <c>PAPERS_PROGRESS=always</c>), so pipes and CI logs stay clean.
/// </summary>
internal static class Progress
{
    private const int Threshold = 50;

    public static Action<int, int>? For(TextWriter error)
    {
        bool always = Environment.GetEnvironmentVariable("PAPERS_PROGRESS") == "always";
        if (!always && (Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error)))
        {
            return null;
        }

        int shown = -1;
        return (done, total) =>
        {
            if (total < Threshold)
            {
                return;
            }

            int percent = done * 100 / total;
            if (percent == shown && done != total)
            {
                return;
            }

            shown = percent;
            int filled = percent / 5;
            error.Write($"\rreading [{new string('#', filled)}{new string('.', 20 - filled)}] {done}/{total} digests");
            if (done == total)
            {
                error.WriteLine();
            }
        };
    }
}
