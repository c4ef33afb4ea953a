using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;
using Papers.Naming;
using Papers.Parsing;
using Papers.Parsing.Sidecar;
using Papers.Topics;

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
    private readonly Paper?[] _papers;
    private readonly Lazy<State> _state;
    private readonly Lazy<KeyphraseIndex> _keyphrases;

    /// <summary>Describes the catalog the generator planned. Cheap: the tables are decoded on first use of a paper.</summary>
    /// <param name="assembly">The assembly holding the digest resources.</param>
    /// <param name="paperCount">Distinct papers over all digests.</param>
    /// <param name="digestCount">Digest files.</param>
    /// <param name="table">The digests, in the generator's (ordinal path) order, as a catalog table.</param>
    /// <param name="topics">The project's topics files as length-prefixed (path, "1" when it replaces the default taxonomy, text) triples; empty for the default taxonomy.</param>
    /// <param name="idOverrides">(catalog index, id) pairs, length-prefixed, for ids that got a uniqueness suffix.</param>
    public EmbeddedCatalog(Assembly assembly, int paperCount, int digestCount, string table, string topics, string idOverrides)
    {
        _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        ArgumentNullException.ThrowIfNull(table);
        _papers = new Paper?[paperCount];
        _state = new Lazy<State>(() => new State(this, table, topics ?? string.Empty, idOverrides ?? string.Empty));
        _keyphrases = new Lazy<KeyphraseIndex>(() => new KeyphraseIndex(All!));
        All = new IndexedList<Paper>(paperCount, Get);
        Digests = new IndexedList<Digest>(digestCount, d => _state.Value.Loaded[d].Value);
    }

    /// <summary>Every distinct paper, in digest order.</summary>
    public IReadOnlyList<Paper> All { get; }

    /// <summary>Every digest, in ordinal path order.</summary>
    public IReadOnlyList<Digest> Digests { get; }

    /// <summary>The paper at a catalog index, made on first use (its digest is parsed then, once).</summary>
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

        State state = _state.Value;
        _ = state.Loaded[DigestOf(state.Digests, index)].Value;
        return _papers[index]!;
    }

    /// <summary>
    /// The papers at catalog indexes <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/>
    /// − 1, loading the digests they come from. The generated catalog keeps one such range per holder class, so
    /// that a paper property is an array read: the compiler binds 10,000 of those much faster than 10,000 calls.
    /// </summary>
    /// <exception cref="InvalidOperationException">A digest resource is missing or differs from the one the project
    /// was built with (rebuild it). Through a generated paper property this arrives as the inner exception of a
    /// <see cref="TypeInitializationException"/>.</exception>
    public Paper[] Range(int start, int count)
    {
        if (start < 0 || count < 0 || start > _papers.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"Papers {start} to {start + count - 1} are not all in the catalog of {_papers.Length}.");
        }

        var papers = new Paper[count];
        for (int i = 0; i < count; i++)
        {
            papers[i] = Get(start + i);
        }

        return papers;
    }

    // The digest whose new papers include `index`: the last one with FirstPaper <= index that adds papers.
    private static int DigestOf(CatalogRow[] digests, int index)
    {
        int low = 0;
        int high = digests.Length - 1;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (digests[mid].FirstPaper <= index)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        while (low > 0 && NewPapers(digests[low]) == 0)
        {
            low--;
        }

        return low;
    }

    private static int NewPapers(CatalogRow digest) => digest.EntryCount - (digest.Shared.Length / 2);

    private Digest Load(State state, int d)
    {
        CatalogRow digest = state.Digests[d];
        using Stream stream = _assembly.GetManifestResourceStream(digest.Resource)
            ?? throw new InvalidOperationException($"The digest resource '{digest.Resource}' for '{digest.File}' is missing from {_assembly.GetName().Name}; rebuild the project.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        ParsedDigest parsed = DigestParser.Parse(reader, new DigestParseOptions(digest.File, digest.Year));
        if (digest.Sidecar.Length > 0)
        {
            SidecarMerge.Apply(parsed.Entries, state.Sidecar(digest.Sidecar));
        }

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
            string id = state.IdOverrides.TryGetValue(next, out string? overridden) ? overridden : CatalogPlan.NaturalId(entry.Title, entry.Metadata.ArxivId);
            Paper paper = PaperFactory.Create(entry, digest.File, id, state.Features);
            Volatile.Write(ref _papers[next], paper);
            papers[e] = paper;
            next++;
        }

        return new Digest(digest.File, parsed.Dates, papers);
    }

    /// <summary>The decoded tables and one lazily parsed digest each.</summary>
    private sealed class State
    {
        private readonly EmbeddedCatalog _catalog;

        public State(EmbeddedCatalog catalog, string table, string topics, string idOverrides)
        {
            _catalog = catalog;
            Digests = CatalogTable.Decode(table).ToArray();
            Features = new PaperSetFeatures(new Lazy<Taxonomy>(() => Taxonomy.Compose(CatalogTable.DecodeTopics(topics))), catalog._keyphrases);
            List<string> overrides = CatalogTable.Fields(idOverrides);
            for (int i = 0; i + 1 < overrides.Count; i += 2)
            {
                IdOverrides[int.Parse(overrides[i], System.Globalization.CultureInfo.InvariantCulture)] = overrides[i + 1];
            }

            Loaded = new Lazy<Digest>[Digests.Length];
            for (int d = 0; d < Digests.Length; d++)
            {
                int index = d;
                Loaded[d] = new Lazy<Digest>(() => catalog.Load(this, index), LazyThreadSafetyMode.ExecutionAndPublication);
            }
        }

        public CatalogRow[] Digests { get; }

        /// <summary>The project's taxonomy (composed on first use of a paper's topics) and the catalog's keyphrases.</summary>
        public PaperSetFeatures Features { get; }

        public Dictionary<int, string> IdOverrides { get; } = new();

        public Lazy<Digest>[] Loaded { get; }

        /// <summary>A sidecar resource, parsed once however many digests use it.</summary>
        public SidecarFile Sidecar(string resource)
        {
            lock (_sidecars)
            {
                if (!_sidecars.TryGetValue(resource, out SidecarFile? sidecar))
                {
                    using Stream stream = _catalog._assembly.GetManifestResourceStream(resource)
                        ?? throw new InvalidOperationException($"The sidecar resource '{resource}' is missing from {_catalog._assembly.GetName().Name}; rebuild the project.");
                    using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
                    _sidecars[resource] = sidecar = SidecarFile.Parse(reader.ReadToEnd(), resource);
                }

                return sidecar;
            }
        }

        private readonly Dictionary<string, SidecarFile> _sidecars = new(StringComparer.Ordinal);
    }
}
