using System.Collections.Generic;

namespace Papers.Parsing;

/// <summary>What one digest file holds: its papers in order, its date lines and its problems.</summary>
internal sealed class ParsedDigest
{
    public ParsedDigest(string path, IReadOnlyList<ParsedEntry> entries, IReadOnlyList<PaperDate> dates, IReadOnlyList<DigestDiagnostic> diagnostics)
    {
        Path = path;
        Entries = entries;
        Dates = dates;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    public IReadOnlyList<ParsedEntry> Entries { get; }

    public IReadOnlyList<PaperDate> Dates { get; }

    public IReadOnlyList<DigestDiagnostic> Diagnostics { get; }
}
