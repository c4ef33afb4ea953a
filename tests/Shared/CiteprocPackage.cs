using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Papers.Tests.Shared;

/// <summary>
/// The citeproc-js that the citation agreement tests and the citation benchmark run: one pinned set of npm packages,
/// installed on first use into one temp folder that both share.
/// </summary>
internal static class CiteprocPackage
{
    private static readonly string[] Packages = { "citeproc@2.4.63", "@citation-js/core@0.8.2", "@citation-js/plugin-csl@0.8.2" };

    /// <summary>The folder holding node_modules; installs the packages with <paramref name="npm"/> when they are missing.</summary>
    public static string Install(string npm)
    {
        string folder = Path.Combine(Path.GetTempPath(), "papers-citeproc-2.4.63");
        Directory.CreateDirectory(folder);
        if (File.Exists(Path.Combine(folder, "node_modules", "citeproc", "package.json")))
        {
            return folder;
        }

        var start = new ProcessStartInfo(npm) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "install", "--prefix", folder, "--no-audit", "--no-fund", "--loglevel=error" }.Concat(Packages))
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? folder : throw new InvalidOperationException($"npm install failed: {output}{error.Result}");
    }
}
