extern alias PapersRuntime;

using System.Text;
using Microsoft.CodeAnalysis;
using RuntimeLoader = PapersRuntime::Papers.DigestLoader;
using RuntimeOptions = PapersRuntime::Papers.DigestLoadOptions;

namespace Papers.Generators.Tests;

/// <summary>
/// A build and the run-time loader report the same problem the same way: same id, file, line, column and words.
/// The generator is given the text the compiler would decode from the bytes; the loader reads the bytes.
/// </summary>
public sealed class MessageParityTests : IDisposable
{
    private const string Digest = "digests/mar11.txt";
    private const string Sidecar = "refs.bib";
    private readonly string _dir = Directory.CreateTempSubdirectory("papers-parity-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, byte[], byte[]?> Inputs() => new()
    {
        // PAPER001: a Latin-1 "é" (one byte, not UTF-8) on line 3, column 4.
        { "PAPER001", Bytes("Mar 11, 2024\n\nCaf", new byte[] { 0xE9 }, " Models\n\nAn abstract.\n"), null },
        // PAPER016: the sidecar has a byte that is not UTF-8 on its line 2.
        { "PAPER016", Bytes("Mar 11, 2024\n\nA Title\n\nAn abstract.\n"), Bytes("@misc{a, title = {A Title},\n author = {M", new byte[] { 0xFC }, "ller, Jana}}\n") },
        // PAPER016: the sidecar's syntax is broken.
        { "PAPER016", Bytes("Mar 11, 2024\n\nA Title\n\nAn abstract.\n"), Bytes("@misc{a,\n  title = {unclosed,\n") },
        // PAPER017: a record that matches no paper, on line 2.
        { "PAPER017", Bytes("Mar 11, 2024\n\nA Title\n\nAn abstract.\n"), Bytes("@misc{a, title = {A Title}}\n@misc{b, title = {Nobody Lists This}}\n") },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_build_and_the_loader_say_the_same(string id, byte[] digest, byte[]? sidecar)
    {
        var generated = FromGenerator(digest, sidecar).Where(d => d.Id == id).ToList();
        var loaded = FromLoader(digest, sidecar).Where(d => d.Id == id).ToList();

        generated.Should().NotBeEmpty();
        loaded.Should().Equal(generated);
    }

    private List<(string Id, string File, int Line, int Column, string Message)> FromGenerator(byte[] digest, byte[]? sidecar)
    {
        // The compiler decodes UTF-8 and turns bytes that are not UTF-8 into U+FFFD.
        var inputs = new List<DigestInput> { new(Digest, Encoding.UTF8.GetString(digest), Sidecar: sidecar is null ? null : Sidecar) };
        if (sidecar != null)
        {
            inputs.Add(new DigestInput(Sidecar, Encoding.UTF8.GetString(sidecar), IsSidecar: true));
        }

        var (_, _, diagnostics) = GeneratorHarness.Run(inputs);
        return diagnostics.Select(d =>
        {
            FileLinePositionSpan at = d.Location.GetLineSpan();
            return (d.Id, at.Path.Replace(GeneratorHarness.RootDirectory, string.Empty), at.StartLinePosition.Line + 1, at.StartLinePosition.Character + 1, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();
    }

    private List<(string Id, string File, int Line, int Column, string Message)> FromLoader(byte[] digest, byte[]? sidecar)
    {
        Directory.CreateDirectory(Path.Combine(_dir, "digests"));
        File.WriteAllBytes(Path.Combine(_dir, Digest), digest);
        if (sidecar != null)
        {
            File.WriteAllBytes(Path.Combine(_dir, Sidecar), sidecar);
        }

        var options = new RuntimeOptions { Sidecar = sidecar is null ? null : Path.Combine(_dir, Sidecar) };
        string root = _dir.Replace('\\', '/') + "/";
        return RuntimeLoader.Load([Path.Combine(_dir, Digest)], options).Diagnostics
            .Select(d => (d.Id, d.File.Replace(root, string.Empty), d.Line, d.Column, d.Message.Replace(root, string.Empty)))
            .ToList();
    }

    private static byte[] Bytes(params object[] parts) =>
        parts.SelectMany(p => p is string s ? Encoding.UTF8.GetBytes(s) : (byte[])p).ToArray();
}
