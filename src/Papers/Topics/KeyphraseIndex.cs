using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Papers.Topics;

/// <summary>Keyphrases of every paper of one paper set, computed together (they share document frequencies).</summary>
internal sealed class KeyphraseIndex
{
    private readonly IReadOnlyList<Paper> _papers;
    private readonly Lazy<KeyphraseExtractor> _extractor;
    private readonly ConditionalWeakTable<Paper, IReadOnlyList<string>> _cache = new();

    public KeyphraseIndex(IReadOnlyList<Paper> papers)
    {
        _papers = papers;
        _extractor = new Lazy<KeyphraseExtractor>(() => new KeyphraseExtractor(_papers.Select(p => (p.Title, p.Abstract)).ToList()));
    }

    public IReadOnlyList<string> For(Paper paper) =>
        _cache.GetValue(paper, p => _extractor.Value.Extract(p.Title, p.Abstract));
}
