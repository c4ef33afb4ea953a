using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;
using Papers.Parsing;

namespace Papers.Catalog;

/// <summary>
/// The run-time side of a generated <c>PaperCatalog</c>: digests are embedded as resources and each is parsed,
/// with the same parser the generator used, the first time one of its papers is touched. Counts are known from
/// build time, so <c>All.Count</c> parses nothing. Thread-safe. Not for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EmbeddedCatalog
{
    private readonly Assembly _assembly;
    private readonly EmbeddedDigest[] _digests;
    private readonly Paper?[] _papers;
    private readonly Dictionary<int, string> _idOverrides;
    private readonly Lazy<Digest>[] _loaded;

    /// <summary>Describes the catalog the generator planned.</summary>
    /// <param name="assembly">The assembly holding the digest resources.</param>
    /// <param name="digests">The digests, in the generator's (ordinal path) order.</param>
    /// <param name="paperCount">Distinct papers over all digests.</param>
    /// <param name="overriddenIds">Catalog indexes of papers whose id got a uniqueness suffix; may be null.</param>
    /// <param name="ids">The ids of those papers, in the same order.</param>
    public EmbeddedCatalog(Assembly assembly, EmbeddedDigest[] digests, int paperCount, int[]? overriddenIds = null, string[]? ids = null)
    {
        _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        _digests = digests ?? throw new ArgumentNullException(nameof(digests));
        _papers = new Paper?[paperCount];
        _idOverrides = new Dictionary<int, string>();
        if ((overriddenIds?.Length ?? 0) != (ids?.Length ?? 0))
        {
            throw new ArgumentException("Every overridden index needs an id.", nameof(ids));
        }

        for (int i = 0; overriddenIds != null && i < overriddenIds.Length; i++)
        {
            _idOverrides[overriddenIds[i]] = ids![i];
        }

        _loaded = new Lazy<Digest>[digests.Length];
        for (int d = 0; d < digests.Length; d++)
        {
            int index = d;
            _loaded[d] = new Lazy<Digest>(() => Load(index), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        All = new IndexedList<Paper>(paperCount, Get);
        Digests = new IndexedList<Digest>(digests.Length, d => _loaded[d].Value);
    }

    /// <summary>Every distinct paper, in digest order.</summary>
    public IReadOnlyList<Paper> All { get; }

    /// <summary>Every digest, in ordinal path order.</summary>
    public IReadOnlyList<Digest> Digests { get; }

    /// <summary>The paper at a catalog index.</summary>
    public Paper Get(int index)
    {
        if ((uint)index >= (uint)_papers.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The catalog has {_papers.Length} papers.");
        }

        Paper? paper = Volatile.Read(ref _papers[index]);
        if (paper != null)
        {
            return paper;
        }

        _ = _loaded[DigestOf(index)].Value;
        return _papers[index]!;
    }

    // The digest whose new papers include `index`: the last one with FirstPaper <= index that adds papers.
    private int DigestOf(int index)
    {
        int low = 0;
        int high = _digests.Length - 1;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (_digests[mid].FirstPaper <= index)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        while (low > 0 && _digests[low].NewPaperCount == 0)
        {
            low--;
        }

        return low;
    }

    private Digest Load(int d)
    {
        EmbeddedDigest digest = _digests[d];
        using Stream stream = _assembly.GetManifestResourceStream(digest.ResourceName)
            ?? throw new InvalidOperationException($"The digest resource '{digest.ResourceName}' for '{digest.File}' is missing from {_assembly.GetName().Name}; rebuild the project.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        ParsedDigest parsed = DigestParser.Parse(reader, new DigestParseOptions(digest.File, digest.Year));
        if (parsed.Entries.Count != digest.EntryCount)
        {
            throw new InvalidOperationException(
                $"The embedded digest '{digest.File}' has {parsed.Entries.Count} entries but was built with {digest.EntryCount}; rebuild the project.");
        }

        var shared = new Dictionary<int, int>();
        for (int i = 0; i < digest.Shared.Length; i += 2)
        {
            shared[digest.Shared[i]] = digest.Shared[i + 1];
        }

        var papers = new Paper[parsed.Entries.Count];
        int next = digest.FirstPaper;
        for (int e = 0; e < papers.Length; e++)
        {
            if (shared.TryGetValue(e, out int earlier))
            {
                papers[e] = Get(earlier);
                continue;
            }

            ParsedEntry entry = parsed.Entries[e];
            string id = _idOverrides.TryGetValue(next, out string? overridden) ? overridden : CatalogPlan.NaturalId(entry.Title, entry.Metadata.ArxivId);
            Paper paper = PaperFactory.Create(entry, digest.File, id);
            Volatile.Write(ref _papers[next], paper);
            papers[e] = paper;
            next++;
        }

        return new Digest(digest.File, parsed.Dates, papers);
    }
}
