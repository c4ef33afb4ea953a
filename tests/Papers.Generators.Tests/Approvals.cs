using Papers.Tests.Shared;

namespace Papers.Generators.Tests;

/// <summary>
/// Approved files of generated code: <c>Snapshots/NAME.verified.cs</c> in the repository is what the generator must
/// write. On a difference the test fails with the first differing line and writes <c>NAME.received.cs</c> beside
/// it; to accept a change on purpose, run the tests with <c>PAPERS_ACCEPT=1</c> and review the diff in git.
/// </summary>
internal static class Approvals
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Papers.Generators.Tests", "Snapshots");

    public static void Verify(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        string approved = Path.Combine(Folder, name + ".verified.cs");
        string received = Path.Combine(Folder, name + ".received.cs");
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
