using Papers.Tests.Shared;

namespace Papers.Package.Tests;

/// <summary>
/// Packs the library packages once per test run into a fresh local feed, with a version of its own so no cached
/// copy of an older build can stand in for it.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    /// <summary>The library packages, packed into the feed for every package test (the tool is packed where it is tested).</summary>
    private static readonly string[] Packages = ["Papers", "Papers.Testing", "Papers.Parquet"];

    public PackedPackage()
    {
        Root = Directory.CreateTempSubdirectory("papers-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        foreach (string project in Packages)
        {
            DotNet.Result pack = DotNet.Run(RepoPaths.Root, null,
                "pack", $"src/{project}/{project}.csproj", "-c", "Release", "-o", Feed, "-p:Version=" + Version, "--disable-build-servers");
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack of {project} failed: " + pack);
            }
        }

        PackagePath = Path.Combine(Feed, $"Papers.{Version}.nupkg");
        _tool = new Lazy<string>(InstallTool);
    }

    private readonly Lazy<string> _tool;

    /// <summary>The tool's package, packed on first use into a folder of its own.</summary>
    public string ToolPackagePath => _tool.Value is not null ? Path.Combine(Root, "tool", $"Papers.Tool.{Version}.nupkg") : string.Empty;

    /// <summary>The <c>papers</c> command, packed and installed from its package as a user installs it (once per run).</summary>
    public string PapersCommand => _tool.Value;

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>Writes a throwaway consumer project outside the repository and returns its folder.</summary>
    public string CreateConsumer(string name, string program, IDictionary<string, string> digests) =>
        CreateConsumer(name, program, digests.ToDictionary(d => "digests/" + d.Key, d => d.Value), ConsumerProject.Default);

    /// <summary>
    /// Writes a throwaway consumer outside the repository: <paramref name="files"/> by project-relative path, and a
    /// project file with the given properties and items (what a user would write after adding the package).
    /// </summary>
    public string CreateConsumer(string name, string program, IDictionary<string, string> files, ConsumerProject project)
    {
        string dir = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.Combine(dir, "digests"));
        WriteFeedConfig(dir);
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>{(project.WarningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <RootNamespace>Reading</RootNamespace>
            {project.Properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Papers" Version="{Version}" />
            {project.Items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), program);
        foreach (var (file, text) in files)
        {
            string path = Path.Combine(dir, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return dir;
    }

    /// <summary>Copies a folder (a downstream repository) next to the consumers, with a nuget.config for the feed.</summary>
    public string CopyRepository(string source, string name)
    {
        string target = Path.Combine(Root, name);
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }

        WriteFeedConfig(target);
        return target;
    }

    // Our packages come from this run's folder feed only (the rest from the machine's usual sources).
    private void WriteFeedConfig(string dir) => File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="local" value="{Feed}" />
          </packageSources>
        </configuration>
        """);

    private string InstallTool()
    {
        string output = Path.Combine(Root, "tool");
        DotNet.Result pack = DotNet.Run(RepoPaths.Root, null, "pack", "src/Papers.Tool/Papers.Tool.csproj", "-c", "Release", "-o", output, "-p:Version=" + Version, "--disable-build-servers");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack of Papers.Tool failed: " + pack);
        }

        string tools = Path.Combine(Root, "tool-install");
        DotNet.Result install = Dotnet(Root, "tool", "install", "Papers.Tool", "--tool-path", tools, "--add-source", output, "--version", Version);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet tool install of Papers.Tool failed: " + install);
        }

        return Path.Combine(tools, "papers");
    }

    /// <summary>Runs the installed <c>papers</c> command in a folder; exit code, stdout and stderr.</summary>
    public (int Code, string Stdout, string Stderr) RunPapers(string folder, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(PapersCommand) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = folder };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("papers " + string.Join(' ', args) + " ran past two minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Restores into a private package folder, so the machine's cache cannot leak in.</summary>
    public DotNet.Result Dotnet(string consumer, params string[] args) =>
        DotNet.Run(consumer, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") }, args);

    public void Dispose()
    {
        // The downstream sample restores through the machine's package folder (its test dependencies are there);
        // this run's versions of our packages are removed from it again, so runs do not pile up.
        string machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (string folder in Packages.Select(p => Path.Combine(machinePackages, p.ToLowerInvariant(), Version)).Prepend(Root))
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A folder left behind is harmless.
            }
        }
    }
}
