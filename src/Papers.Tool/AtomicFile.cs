namespace Papers.Tool;

/// <summary>
/// Writes a file whole or not at all: into a temporary file beside it, renamed over the target once complete,
/// so a failure halfway (a bad paper, a full disk, Ctrl+C) leaves the old file, or none, and no half-written one.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Refuses, before any work, a target that is a folder or sits in a folder that does not exist.</summary>
    public static void CheckWritable(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"--out '{path}' is a folder; name a file");
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--out '{path}': the folder '{folder}' does not exist");
        }
    }

    public static void Write(string path, Action<Stream> write)
    {
        CheckWritable(path);
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
