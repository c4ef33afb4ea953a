namespace Papers.Tests.Shared;

/// <summary>
/// Approved files: <c>FOLDER/NAME.verified.EXT</c> in the repository is what the code under test must produce (the
/// generated code, a package's public API). On a difference the test fails with the first differing line and writes
/// <c>NAME.received.EXT</c> beside it; to accept a change on purpose, run the tests with <c>PAPERS_ACCEPT=1</c> and
/// review the diff in git.
/// </summary>
internal static class Approvals
{
    /// <param name="folder">The folder of approved files, relative to the repository root.</param>
    /// <param name="name">The file name without <c>.verified</c> and extension.</param>
    /// <param name="actual">What was produced.</param>
    /// <param name="extension">The approved file's extension (<c>cs</c>, <c>txt</c>).</param>
    public static void Verify(string folder, string name, string actual, string extension = "cs")
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        string approved = Path.Combine(RepoPaths.Root, folder, name + ".verified." + extension);
        string received = Path.Combine(RepoPaths.Root, folder, name + ".received." + extension);
        if (Environment.GetEnvironmentVariable("PAPERS_ACCEPT") == "1")
        {
            File.WriteAllText(approved, actual);
            File.Delete(received);
            return;
        }

        string? expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved snapshot {approved}; the output was written to {received} (PAPERS_ACCEPT=1 approves it)."
            : $"The generated code differs from {approved} ({FirstDifference(expected, actual)}); the output was written to {received} (PAPERS_ACCEPT=1 approves it).");
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string? left = i < a.Length ? a[i] : null;
            string? right = i < b.Length ? b[i] : null;
            if (left != right)
            {
                return $"line {i + 1}: approved `{left ?? "<end>"}`, generated `{right ?? "<end>"}`";
            }
        }

        return "line endings";
    }
}
