using System.Diagnostics;

namespace Papers.Tests.Shared;

/// <summary>
/// Finds the read-only shared data (digests, archive, CSL files). It sits beside the repository (../shared); a clone
/// made elsewhere (git clone . /tmp/x) finds it beside the repository it was cloned from; PAPERS_SHARED overrides both.
/// </summary>
internal static class SharedData
{
    public static string Locate(string root)
    {
        foreach (string? candidate in Candidates(root))
        {
            if (candidate != null && Directory.Exists(Path.Combine(candidate, "data", "digests")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException(
            $"The shared data folder was not found beside {root} or its origin; set PAPERS_SHARED to the folder that holds data/digests.");
    }

    private static IEnumerable<string?> Candidates(string root)
    {
        yield return Environment.GetEnvironmentVariable("PAPERS_SHARED");
        yield return Path.Combine(root, "..", "shared");
        if (OriginPath(root) is string origin)
        {
            yield return Path.Combine(origin, "..", "shared");
        }
    }

    // A local clone's origin is a folder path; a remote URL is not a directory and is skipped.
    private static string? OriginPath(string root)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", root, "config", "--get", "remote.origin.url"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using Process process = Process.Start(start)!;
            string url = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && Directory.Exists(url) ? url : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on PATH
        }
    }
}
