using System;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace Papers.Testing;

/// <summary>Assertions on one paper. Failure messages name the paper (short name, digest file:line) and what differed.</summary>
public sealed class PaperAssertions : ReferenceTypeAssertions<Paper, PaperAssertions>
{
    /// <summary>Assertions on <paramref name="paper"/>.</summary>
    public PaperAssertions(Paper paper)
        : base(paper)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "paper";

    /// <summary>The paper has the topic (its id, case-insensitive).</summary>
    public AndConstraint<PaperAssertions> HaveTopic(string topic, string because = "", params object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected a paper with topic {0}{reason}, but found <null>.", topic)
            .Then
            .ForCondition(Subject!.Topics.Contains(topic, StringComparer.OrdinalIgnoreCase))
            .FailWith("Expected " + Describe.Paper(Subject) + " to have topic {0}{reason}, but its topics are {1}.", topic, Subject.Topics);
        return new AndConstraint<PaperAssertions>(this);
    }

    /// <summary>The paper links to a code repository.</summary>
    public AndConstraint<PaperAssertions> HaveCodeLink(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected a paper with a code link{reason}, but found <null>.")
            .Then
            .ForCondition(Subject!.CodeUrl is not null)
            .FailWith("Expected " + Describe.Paper(Subject) + " to link to code{reason}, but its links are {0}.", Subject.Links.Select(l => $"{l.Url} ({l.Kind})").ToList());
        return new AndConstraint<PaperAssertions>(this);
    }

    /// <summary>The title or abstract mentions every term, as <see cref="PaperQueries.Mentioning"/> understands it.</summary>
    public AndConstraint<PaperAssertions> MentionAll(params string[] terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var missing = Subject is null ? terms.ToList() : terms.Where(t => !new[] { Subject }.Mentioning(t).Any()).ToList();
        Execute.Assertion
            .ForCondition(Subject is not null)
            .FailWith("Expected a paper mentioning {0}, but found <null>.", terms)
            .Then
            .ForCondition(missing.Count == 0)
            .FailWith("Expected " + Describe.Paper(Subject) + " to mention {0}, but it does not mention {1}.", terms, missing);
        return new AndConstraint<PaperAssertions>(this);
    }
}
