using System;
using System.Collections.Generic;
using System.IO;
using Papers.Parsing;
using Papers.Text;

namespace Papers.Topics;

/// <summary>
/// A set of topics and the rules that find them in a paper's title and abstract. <see cref="Default"/> is the
/// curated ML taxonomy; a topics file extends or replaces it. File format, one topic a line:
/// <code>
/// # comment
/// multimodal: Multimodal | multimodal, multi-modal, MLLM, cross-modal
/// my-lab: efficient-vit, EfficientViT
/// </code>
/// (<c>id: Name | terms</c>, or <c>id: terms</c>). A paper has a topic when its title mentions a term, or its abstract
/// does at least three times (one passing mention of "benchmark" does not make a benchmark paper).
/// </summary>
public sealed class Taxonomy
{
    private static readonly Lazy<Taxonomy> DefaultTaxonomyInstance = new(() => Parse(DefaultTaxonomy.Text, "default-topics.txt", out _));

    /// <summary>Mentions an abstract needs to give a paper a topic its title does not name.</summary>
    public const int AbstractMentions = 3;

    private readonly Dictionary<string, Topic> _byId;

    // Rules indexed by their first word, so matching reads each token once instead of trying every rule everywhere.
    private readonly Dictionary<string, List<(int Topic, TopicRule Rule)>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Topic, TopicRule Rule)>> _byAcronym = new(StringComparer.Ordinal);
    private readonly List<(int Topic, TopicRule Rule)> _byPrefix = new();

    private Taxonomy(IReadOnlyList<Topic> topics)
    {
        Topics = topics;
        _byId = new Dictionary<string, Topic>(StringComparer.Ordinal);
        for (int t = 0; t < topics.Count; t++)
        {
            _byId[topics[t].Id] = topics[t];
            foreach (TopicRule rule in topics[t].Rules)
            {
                var (kind, value) = rule.First;
                if (kind == TopicRule.PartKind.Prefix)
                {
                    _byPrefix.Add((t, rule));
                    continue;
                }

                var index = kind == TopicRule.PartKind.Stem ? _byStem : _byAcronym;
                if (!index.TryGetValue(value, out var rules))
                {
                    index[value] = rules = new List<(int, TopicRule)>();
                }

                rules.Add((t, rule));
            }
        }
    }

    /// <summary>The curated default taxonomy for machine-learning papers.</summary>
    public static Taxonomy Default => DefaultTaxonomyInstance.Value;

    /// <summary>An empty taxonomy: no topic matches.</summary>
    public static Taxonomy Empty { get; } = new(Array.Empty<Topic>());

    /// <summary>Topics in file order.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The topic with that id, or <see langword="null"/>.</summary>
    public Topic? Find(string id) => _byId.TryGetValue(id, out Topic? topic) ? topic : null;

    /// <summary>
    /// A project's taxonomy: the default extended by its topics files in order, or only theirs when any of them
    /// replaces it. Compile-time queries and the generated catalog compose it here alike; malformed lines are
    /// skipped (the generator reports them).
    /// </summary>
    internal static Taxonomy Compose(IReadOnlyList<TopicsFile> files)
    {
        bool replace = false;
        foreach (TopicsFile file in files)
        {
            replace |= file.Replace;
        }

        Taxonomy taxonomy = replace ? Empty : Default;
        foreach (TopicsFile file in files)
        {
            taxonomy = taxonomy.Extend(Parse(file.Text, file.Path, out _));
        }

        return taxonomy;
    }

    /// <summary>Reads a topics file; malformed lines are reported (<c>PAPER012</c>) and skipped.</summary>
    public static Taxonomy Parse(string text, string path, out IReadOnlyList<DigestDiagnostic> diagnostics)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var topics = new List<Topic>();
        var problems = new List<DigestDiagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new StringReader(text);
        int lineNumber = 0;
        while (reader.ReadLine() is string raw)
        {
            lineNumber++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int colon = line.IndexOf(':');
            string id = colon > 0 ? line.Substring(0, colon).Trim() : string.Empty;
            if (!IsId(id))
            {
                problems.Add(Problem(path, lineNumber, $"Expected 'id: Name | term, term' with a lower-case id such as 'my-topic'; found \"{DigestParser.Clip(line)}\"."));
                continue;
            }

            string rest = line.Substring(colon + 1);
            int bar = rest.IndexOf('|');
            string name = bar >= 0 ? rest.Substring(0, bar).Trim() : NameFromId(id);
            var terms = new List<string>();
            var rules = new List<TopicRule>();
            foreach (string part in (bar >= 0 ? rest.Substring(bar + 1) : rest).Split(','))
            {
                string term = part.Trim();
                if (term.Length > 0 && TopicRule.Parse(term) is TopicRule rule)
                {
                    terms.Add(term);
                    rules.Add(rule);
                }
            }

            if (rules.Count == 0)
            {
                problems.Add(Problem(path, lineNumber, $"The topic '{id}' has no terms; list them after the colon, separated by commas."));
                continue;
            }

            if (!seen.Add(id))
            {
                problems.Add(Problem(path, lineNumber, $"The topic '{id}' is defined twice; the later line replaces the earlier one."));
                topics.RemoveAll(t => t.Id == id);
            }

            topics.Add(new Topic(id, name.Length > 0 ? name : NameFromId(id), terms, rules));
        }

        diagnostics = problems;
        return new Taxonomy(topics);
    }

    /// <summary>This taxonomy with another's topics added; a topic with the same id is replaced.</summary>
    public Taxonomy Extend(Taxonomy other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        var topics = new List<Topic>(Topics);
        foreach (Topic topic in other.Topics)
        {
            int index = topics.FindIndex(t => t.Id == topic.Id);
            if (index >= 0)
            {
                topics[index] = topic;
            }
            else
            {
                topics.Add(topic);
            }
        }

        return new Taxonomy(topics);
    }

    /// <summary>The ids of the topics of a paper's text, in taxonomy order.</summary>
    public IReadOnlyList<string> Match(string title, string abstractText)
    {
        var inTitle = new bool[Topics.Count];
        var mentions = new int[Topics.Count];
        Scan(Tokenizer.Tokenize(title ?? string.Empty), (topic, _) => inTitle[topic] = true);
        var lastPosition = new int[Topics.Count];
        for (int t = 0; t < lastPosition.Length; t++)
        {
            lastPosition[t] = -1;
        }

        // Positions, not rule hits: "retrieval" matching both "retrieval" and "retriever" is one mention.
        Scan(Tokenizer.Tokenize(abstractText ?? string.Empty), (topic, position) =>
        {
            if (lastPosition[topic] != position)
            {
                lastPosition[topic] = position;
                mentions[topic]++;
            }
        });

        var ids = new List<string>();
        for (int t = 0; t < Topics.Count; t++)
        {
            if (inTitle[t] || mentions[t] >= AbstractMentions)
            {
                ids.Add(Topics[t].Id);
            }
        }

        return ids;
    }

    // Calls found(topic, position) for every rule that matches, position by position.
    private void Scan(List<Token> tokens, Action<int, int> found)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            Token token = tokens[i];
            Try(_byStem, token.Stem, tokens, i, found);
            Try(_byAcronym, token.Surface, tokens, i, found);
            // "MLLMs": an acronym's plural also finds the acronym (only capitals before the 's' can be one).
            if (token.Surface.Length > 2 && token.Surface[token.Surface.Length - 1] == 's' && char.IsUpper(token.Surface[token.Surface.Length - 2]))
            {
                Try(_byAcronym, token.Surface.Substring(0, token.Surface.Length - 1), tokens, i, found);
            }

            foreach (var (topic, rule) in _byPrefix)
            {
                if (rule.MatchesAt(tokens, i))
                {
                    found(topic, i);
                }
            }
        }
    }

    private static void Try(Dictionary<string, List<(int Topic, TopicRule Rule)>> index, string key, List<Token> tokens, int i, Action<int, int> found)
    {
        if (!index.TryGetValue(key, out var rules))
        {
            return;
        }

        foreach (var (topic, rule) in rules)
        {
            if (rule.MatchesAt(tokens, i))
            {
                found(topic, i);
            }
        }
    }

    private static bool IsId(string id)
    {
        if (id.Length == 0 || id.Length > 64)
        {
            return false;
        }

        foreach (char c in id)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string NameFromId(string id)
    {
        string spaced = id.Replace('-', ' ').Replace('_', ' ');
        return spaced.Length == 0 ? id : char.ToUpperInvariant(spaced[0]) + spaced.Substring(1);
    }

    private static DigestDiagnostic Problem(string path, int line, string message) =>
        new(DigestRules.BadTopics, DigestSeverity.Warning, path, line, 1, message);
}
