namespace Papers.Citations.Export;

/// <summary>
/// What an export may carry beside the paper's own fields, for <c>papers enrich</c>: the journal reference and
/// primary category of the arXiv record it found, and where the record came from and how it matched. The build's
/// sidecar reader ignores them; they are for people and reference managers.
/// </summary>
/// <param name="JournalRef">arXiv's free-text journal reference ("Phys.Rev.D76:013009,2007").</param>
/// <param name="Category">arXiv's primary category ("cs.CV").</param>
/// <param name="Note">Provenance: the source and the match kind.</param>
internal sealed record EntryNotes(string? JournalRef, string? Category, string? Note);
