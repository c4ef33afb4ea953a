namespace Papers.Tool;

/// <summary>
/// Turns <c>-i</c> values (files, folders, simple globs such as <c>digests/*.txt</c> or <c>archive/**/*.txt</c>) into
/// digest files, or the bundled seed digest when there are none.
/// </summary>
internal static class Inputs
{
    public static DigestLoadResult Load(IReadOnlyList<string> inputs, string? sidecar = null, IProgress<DigestLoadProgress>? progress = null)
    {
        CheckSidecar(sidecar);
        if (inputs.Count == 0)
        {
            if (sidecar != null)
            {
                throw new UsageException("--sidecar needs digests given with -i (the bundled seed has no sidecar)");
            }

            using Stream seed = typeof(Inputs).Assembly.GetManifestResourceStream("seed/trending-mar11.txt")!;
            using var reader = new StreamReader(seed);
            return DigestLoader.Parse(reader.ReadToEnd(), "trending-mar11.txt");
        }

        var files = new List<string>();
        foreach (string input in inputs)
        {
            files.AddRange(Expand(input));
        }

        return DigestLoader.Load(files, new DigestLoadOptions { Sidecar = sidecar, Progress = progress });
    }

    /// <summary>A missing sidecar is a usage error (exit 2), said before any digest is read.</summary>
    public static void CheckSidecar(string? sidecar)
    {
        if (sidecar != null && !File.Exists(sidecar))
        {
            throw new UsageException($"{sidecar}: no such sidecar file");
        }
    }

    public static IEnumerable<string> Expand(string input)
    {
        if (File.Exists(input))
        {
            return [input];
        }

        if (Directory.Exists(input))
        {
            IReadOnlyList<string> found = DigestLoader.FindFiles([input]);
            return found.Count > 0 ? found : throw new UsageException($"{input}: the folder has no digest files (*.txt)");
        }

        if (input.Contains('*') || input.Contains('?'))
        {
            string directory = Path.GetDirectoryName(input) is { Length: > 0 } d ? d : ".";
            bool recursive = directory.EndsWith("**", StringComparison.Ordinal);
            if (recursive)
            {
                directory = Path.GetDirectoryName(directory) is { Length: > 0 } parent ? parent : ".";
            }

            if (!Directory.Exists(directory))
            {
                throw new UsageException($"{input}: no such folder '{directory}'");
            }

            var found = Directory.EnumerateFiles(directory, Path.GetFileName(input), recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).ToList();
            return found.Count > 0 ? found : throw new UsageException($"{input}: no files match");
        }

        throw new UsageException($"{input}: no such file or folder");
    }
}

/// <summary>A mistake in how the tool was called: one line on stderr, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
