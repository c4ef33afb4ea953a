using System;
using System.Collections.Generic;
using System.Linq;
using Papers.Text;
using Papers.Topics;

namespace Papers.Graphs;

/// <summary>
/// Names for communities that tell them apart. Candidates are the phrases of one to three words that keyphrases are
/// made of ("point cloud", "super-resolution", "reinforcement learning" stay whole), scored by class-based TF-IDF
/// as BERTopic does, with papers as the unit: the share of the community's papers that use the phrase times
/// log(1 + average community size / papers in the whole set that use it), longer phrases favoured. A word that
/// most communities use is no name and adds nothing to a phrase. A taxonomy topic that most of a community's papers
/// have comes first. No word may name more than a quarter of the communities (when there are four or more). A
/// community of topics (the topic graph) is named by its biggest topics.
/// </summary>
internal static class CommunityNames
{
    public const int TermsPerName = 3;

    // Candidates per community that a name is chosen from, best first: enough to skip the ones whose words other
    // names already use up, few enough that their written forms are cheap to work out.
    private const int Shortlist = 60;

    // Papers per community that phrases are counted over.
    private const int SampleSize = 200;

    // A topic names a community when at least this share of its papers have it.
    private const double TopicShare = 0.6;

    /// <param name="graph">The graph whose nodes the communities hold.</param>
    /// <param name="communities">Node indexes per community.</param>
    /// <param name="centrality">Per node (PageRank): a big community is named from its most central papers only.</param>
    /// <param name="taxonomy">Names the topics; the default taxonomy when null.</param>
    public static List<IReadOnlyList<string>> Name(PaperGraph graph, List<List<int>> communities, IReadOnlyList<double>? centrality = null, Taxonomy? taxonomy = null)
    {
        int limit = communities.Count >= 4 ? Math.Max(1, communities.Count / 4) : int.MaxValue;
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        var ranked = Rank(graph, communities.Select(members => Central(members, centrality)).ToList());
        var topics = DominantTopics(graph, communities, taxonomy ?? Taxonomy.Default);
        var names = new List<IReadOnlyList<string>>();
        for (int c = 0; c < communities.Count; c++)
        {
            if (communities[c].All(m => graph.Nodes[m].Kind == NodeKind.Topic))
            {
                // A community of topics is named by its biggest topics.
                names.Add(communities[c].Select(m => graph.Nodes[m]).OrderByDescending(n => n.Size).ThenBy(n => n.Label, StringComparer.Ordinal)
                    .Take(TermsPerName).Select(n => n.Label).ToList());
                continue;
            }

            var chosen = new List<(string Surface, string[] Stems)>();
            foreach (var (surface, stems) in topics[c].Concat(ranked[c]))
            {
                if (chosen.Count == TermsPerName)
                {
                    break;
                }

                if (chosen.Any(x => SharesWord(x.Stems, stems)) || stems.Any(s => uses.GetValueOrDefault(s) >= limit))
                {
                    continue;
                }

                chosen.Add((surface, stems));
            }

            foreach (string stem in chosen.SelectMany(x => x.Stems).Distinct(StringComparer.Ordinal))
            {
                uses[stem] = uses.GetValueOrDefault(stem) + 1;
            }

            names.Add(chosen.Select(x => x.Surface).ToList());
        }

        return names;
    }

    // At most SampleSize members, the most central (ties: lower index), in index order: phrases are counted over
    // them, so naming the 9,049-paper archive reads a third of it, and what a community is about is what its
    // central papers say.
    private static List<int> Central(List<int> members, IReadOnlyList<double>? centrality) =>
        centrality is null || members.Count <= SampleSize
            ? members
            : members.OrderByDescending(m => centrality[m]).ThenBy(m => m).Take(SampleSize).OrderBy(m => m).ToList();

    // Each community's candidate phrases, best first, with their most common written form.
    private static List<List<(string Surface, string[] Stems)>> Rank(PaperGraph graph, List<List<int>> communities)
    {
        // Communities are counted apart (on all cores), then the whole set's counts are their sums: the same tables
        // whatever the number of threads.
        var perCommunity = new Dictionary<string, (int Papers, string[] Stems, Dictionary<string, int> Forms)>[communities.Count];
        System.Threading.Tasks.Parallel.For(0, communities.Count, c => perCommunity[c] = Count(graph, communities[c]));
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var counts in perCommunity)
        {
            foreach (var pair in counts)
            {
                total[pair.Key] = total.GetValueOrDefault(pair.Key) + pair.Value.Papers;
            }
        }

        double average = communities.Count == 0 ? 0 : communities.Sum(m => m.Count) / (double)communities.Count;
        var spread = Spread(perCommunity, communities);
        return perCommunity.Select((counts, c) =>
        {
            // In a community of three or more, a phrase of one paper is that paper's, not the community's.
            int least = communities[c].Count >= 3 ? 2 : 1;
            return counts
                .Where(p => p.Value.Papers >= least)
                .Select(p => (p.Key, p.Value.Stems, p.Value.Forms, Score: Score(p.Value.Papers, communities[c].Count, total[p.Key], average, p.Value.Stems, stem => Elsewhere(spread, counts, communities[c].Count, stem, communities.Count))))
                .Where(p => p.Score > 0)
                .OrderByDescending(p => p.Score).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(Shortlist)
                .Select(p => (CommonForm(p.Forms), p.Stems))
                .ToList();
        }).ToList();
    }

    // How many of the community's papers use each candidate phrase, and how it is written.
    private static Dictionary<string, (int Papers, string[] Stems, Dictionary<string, int> Forms)> Count(PaperGraph graph, List<int> members)
    {
        var counts = new Dictionary<string, (int Papers, string[] Stems, Dictionary<string, int> Forms)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (int node in members)
        {
            seen.Clear();
            foreach (var candidate in KeyphraseExtractor.Candidates(Text(graph.Nodes[node]), withSurface: true))
            {
                if (!counts.TryGetValue(candidate.Key, out var entry))
                {
                    entry = (0, candidate.Stems, new Dictionary<string, int>(StringComparer.Ordinal));
                }

                entry.Forms[candidate.Surface] = entry.Forms.GetValueOrDefault(candidate.Surface) + 1;
                if (seen.Add(candidate.Key))
                {
                    entry.Papers++;
                }

                counts[candidate.Key] = entry;
            }
        }

        return counts;
    }

    // c-TF-IDF with papers as the unit, and a phrase favoured for each distinctive word it has beyond the first.
    // A word that most other communities use too is not distinctive: alone it names nothing (score 0), and in a
    // phrase it adds nothing, so "point cloud" beats "models of point" when every community talks of models.
    private static double Score(int papers, int size, int everywhere, double average, string[] stems, Func<string, double> elsewhere)
    {
        int distinctive = stems.Count(stem => !StopWords.Contains(stem) && elsewhere(stem) <= 0.5);
        if (distinctive == 0)
        {
            return 0;
        }

        return (double)papers / size * Math.Log(1 + (average / everywhere)) * (1 + (0.25 * (distinctive - 1)));
    }

    // For each word, the number of communities in which a quarter of the papers or more use it.
    private static Dictionary<string, int> Spread(Dictionary<string, (int Papers, string[] Stems, Dictionary<string, int> Forms)>[] perCommunity, List<List<int>> communities)
    {
        var spread = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < perCommunity.Length; c++)
        {
            foreach (var pair in perCommunity[c])
            {
                if (Common(pair.Value.Papers, pair.Value.Stems, communities[c].Count))
                {
                    spread[pair.Key] = spread.GetValueOrDefault(pair.Key) + 1;
                }
            }
        }

        return spread;
    }

    // The share of the other communities in which the word is common.
    private static double Elsewhere(Dictionary<string, int> spread, Dictionary<string, (int Papers, string[] Stems, Dictionary<string, int> Forms)> own, int size, string stem, int communities)
    {
        if (communities < 2)
        {
            return 0;
        }

        int here = own.TryGetValue(stem, out var entry) && Common(entry.Papers, entry.Stems, size) ? 1 : 0;
        return (spread.GetValueOrDefault(stem) - here) / (double)(communities - 1);
    }

    private static bool Common(int papers, string[] stems, int size) => stems.Length == 1 && papers * 4 >= size;

    // The topic most of a community's papers have, as a name candidate (none when no topic has the share).
    private static List<List<(string Surface, string[] Stems)>> DominantTopics(PaperGraph graph, List<List<int>> communities, Taxonomy taxonomy)
    {
        return communities.Select(members =>
        {
            var papers = members.Select(m => graph.Nodes[m].Paper).OfType<Paper>().ToList();
            var best = papers.SelectMany(p => p.Topics.Distinct(StringComparer.Ordinal))
                .GroupBy(t => t, StringComparer.Ordinal)
                .Select(g => (Topic: g.Key, Count: g.Count()))
                .OrderByDescending(t => t.Count).ThenBy(t => t.Topic, StringComparer.Ordinal)
                .FirstOrDefault();
            if (papers.Count < 3 || best.Topic is null || best.Count < TopicShare * papers.Count)
            {
                return [];
            }

            string name = taxonomy.Find(best.Topic)?.Name ?? best.Topic;
            return new List<(string, string[])> { (name, Tokenizer.Tokenize(name).Select(t => t.IsAcronym ? t.Lower : t.Stem).ToArray()) };
        }).ToList();
    }

    // Papers are named by their title and abstract; topic nodes (in a paper–topic graph) by their topic's name.
    private static string Text(GraphNode node) => node.Paper is Paper paper ? paper.Title + " . " + paper.Abstract : node.Label;

    // The way a phrase is most often written, once case at the start of a title is undone; only worked out for the
    // shortlist, as it is the costly part.
    private static string CommonForm(Dictionary<string, int> surfaces) => surfaces
        .GroupBy(f => Form(f.Key), f => f.Value, StringComparer.Ordinal)
        .Select(g => (Form: g.Key, Count: g.Sum()))
        .OrderByDescending(f => f.Count).ThenBy(f => f.Form, StringComparer.Ordinal)
        .First().Form;

    // "Point Cloud" at the start of a title is "point cloud"; "MLLMs", "E-ViLM" and "X-ray" keep their capitals.
    private static string Form(string surface) =>
        string.Join(" ", surface.Split(' ').Select(word => string.Join("-", word.Split('-').Select(part =>
            (part.Length == 1 && char.IsUpper(part[0])) || part.Skip(1).Any(char.IsUpper) ? part : part.ToLowerInvariant()))));

    // Stricter than keyphrases' overlap (one phrase inside the other): a name repeats no word.
    private static bool SharesWord(string[] a, string[] b) => a.Any(s => b.Contains(s, StringComparer.Ordinal));
}
