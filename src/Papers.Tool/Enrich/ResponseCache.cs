using System.Security.Cryptography;
using System.Text;

namespace Papers.Tool.Enrich;

/// <summary>
/// Every API answer on disk, one file per request (named by a hash of the request's query, so a mirror named with
/// --arxiv-api shares it): a rerun asks arXiv nothing it asked before. Written whole or not at all.
/// </summary>
internal sealed class ResponseCache(string folder)
{
    public string Folder { get; } = folder;

    /// <summary>The user's cache folder: $XDG_CACHE_HOME, ~/.cache, or the local application data folder.</summary>
    public static string DefaultFolder()
    {
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        string root = !string.IsNullOrEmpty(xdg) ? xdg
            : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "papers", "arxiv-api");
    }

    public bool TryGet(string query, out string text)
    {
        string file = PathOf(query);
        if (File.Exists(file))
        {
            text = File.ReadAllText(file, Encoding.UTF8);
            return true;
        }

        text = string.Empty;
        return false;
    }

    public void Put(string query, string text)
    {
        Directory.CreateDirectory(Folder);
        AtomicFile.Write(PathOf(query), stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));
    }

    private string PathOf(string query) =>
        Path.Combine(Folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))) + ".xml");
}
