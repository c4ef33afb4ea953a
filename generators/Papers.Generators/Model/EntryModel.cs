namespace Papers.Generators.Model;

/// <summary>What the emitter needs of one digest entry: enough for naming and hover docs, not the whole abstract.</summary>
internal sealed record EntryModel(string Title, int Line, string? ArxivId, string Summary, string? Date, string? CodeUrl);
