using System;
using System.Collections.Generic;
using Papers.Topics;

namespace Papers.Catalog;

/// <summary>
/// How the papers of one set (a catalog, or one load) find their topics and keyphrases: the taxonomy and the
/// keyphrase index, each built on first use and shared by the whole set. Made once per set, so a paper costs two
/// references, not two closures.
/// </summary>
internal sealed class PaperSetFeatures
{
    public PaperSetFeatures(Lazy<Taxonomy> taxonomy, Lazy<KeyphraseIndex> keyphrases)
    {
        FindTopics = (title, text) => taxonomy.Value.Match(title, text);
        FindKeyphrases = paper => keyphrases.Value.For(paper);
    }

    public Func<string, string, IReadOnlyList<string>> FindTopics { get; }

    public Func<Paper, IReadOnlyList<string>> FindKeyphrases { get; }
}
