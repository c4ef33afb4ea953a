using System.Diagnostics;

namespace Papers.Tests.Shared;

/// <summary>
/// Runs a real consumer of an output format (Graphviz, Chromium, Debian's python3…). When the tool is missing the
/// test is skipped, unless <c>PAPERS_REQUIRE_TOOLS=1</c> (set by <c>.ci/run</c> once it has installed them) makes
/// that a failure.
/// </summary>
internal static class Tool
{
    public static string Require(string path)
    {
        if (File.Exists(path))
        {
            return path;
        }

        if (Environment.GetEnvironmentVariable("PAPERS_REQUIRE_TOOLS") == "1")
        {
            throw new InvalidOperationException($"{path} is missing, though .ci/run found the tools installed.");
        }

        Skip.If(true, $"{path} is not installed (CI installs it).");
        return path;
    }

    public static (int ExitCode, string Output) Run(string file, params string[] args) => RunIn(null, file, args);

    public static (int ExitCode, string Output) RunIn(string? workingDirectory, string file, params string[] args) =>
        RunIn(workingDirectory, TimeSpan.FromMinutes(2), file, args);

    /// <summary>Runs a tool; <paramref name="limit"/> only catches a hang, it is not a speed test.</summary>
    public static (int ExitCode, string Output) RunIn(string? workingDirectory, TimeSpan limit, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? string.Empty };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} ran over {limit.TotalMinutes:0} minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
