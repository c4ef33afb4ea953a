using System.Collections.Generic;

namespace Papers.Topics;

/// <summary>A topic of a taxonomy: a stable id (<c>multimodal</c>), a display name and the terms that signal it.</summary>
public sealed class Topic
{
    internal Topic(string id, string name, IReadOnlyList<string> terms, IReadOnlyList<TopicRule> rules)
    {
        Id = id;
        Name = name;
        Terms = terms;
        Rules = rules;
    }

    /// <summary>Lower-case, hyphenated: what <c>topic:</c> queries and <see cref="Paper.Topics"/> use.</summary>
    public string Id { get; }

    /// <summary>For people: "Mixture of experts".</summary>
    public string Name { get; }

    /// <summary>The terms as written in the taxonomy.</summary>
    public IReadOnlyList<string> Terms { get; }

    internal IReadOnlyList<TopicRule> Rules { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
