using System.Diagnostics;

namespace Papers.Benchmarks;

/// <summary>What the build benchmarks share: the package packed into a local feed, and <c>dotnet</c> run in a consumer.</summary>
internal static class ConsumerBuild
{
    /// <summary>An empty folder of that name in the temp folder (what an earlier run left there is deleted).</summary>
    public static string FreshFolder(string name)
    {
        string folder = Path.Combine(Path.GetTempPath(), name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return folder;
    }

    /// <summary>Packs <c>src/Papers</c> into <c>root/feed</c> under a fresh version, so no cached package stands in.</summary>
    public static (string Feed, string Version) Pack(string root)
    {
        string feed = Path.Combine(root, "feed");
        string version = "0.1.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Run(root, Paths.Root, "pack", "src/Papers/Papers.csproj", "-c", "Release", "-o", feed, "-p:Version=" + version);
        return (feed, version);
    }

    public static void WriteFeedConfig(string folder, string feed) =>
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"<configuration><packageSources><add key=\"local\" value=\"{feed}\" /></packageSources></configuration>");

    /// <summary>Runs dotnet with the packages of <paramref name="root"/>; the output when it fails.</summary>
    public static string Run(string root, string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NUGET_PACKAGES"] = Path.Combine(root, "packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed in {directory}:\n{output.Result}\n{error.Result}");
        }

        return output.Result;
    }
}
