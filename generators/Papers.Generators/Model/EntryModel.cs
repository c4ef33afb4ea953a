namespace Papers.Generators.Model;

/// <summary>What the emitter needs of one digest entry: enough for naming and hover docs, not the whole abstract.</summary>
/// <param name="Topics">Topic ids found at build time, comma-separated.</param>
internal sealed record EntryModel(string Title, int Line, string? ArxivId, string Summary, string? Date, string? CodeUrl, string Topics);
