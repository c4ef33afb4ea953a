using System.Collections.Generic;

namespace Papers;

/// <summary>One digest file: where it is, the dates it lists and its papers in order.</summary>
public sealed class Digest
{
    /// <summary>A digest as read: the catalog and the loader make these; papers listed again are the same objects.</summary>
    public Digest(string file, IReadOnlyList<PaperDate> dates, IReadOnlyList<Paper> papers)
    {
        File = file;
        Dates = dates;
        Papers = papers;
    }

    /// <summary>The path as the project declared it, with forward slashes.</summary>
    public string File { get; }

    /// <summary>Every date line, in order.</summary>
    public IReadOnlyList<PaperDate> Dates { get; }

    /// <summary>The first date line, if any.</summary>
    public PaperDate? Date => Dates.Count > 0 ? Dates[0] : null;

    /// <summary>Its papers in order. A paper also listed in an earlier digest is that same <see cref="Paper"/>.</summary>
    public IReadOnlyList<Paper> Papers { get; }

    /// <inheritdoc/>
    public override string ToString() => File;
}
