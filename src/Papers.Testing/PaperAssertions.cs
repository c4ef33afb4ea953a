using System;
using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Papers.Citations;
using Papers.Linq;

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
            .FailWith("Expected {0} to have topic {1}{reason}, but its topics are {2}.", Describe.Paper(Subject), topic, Subject.Topics);
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
            .FailWith("Expected {0} to link to code{reason}, but its links are {1}.", Describe.Paper(Subject), Subject.Links.Select(l => $"{l.Url} ({l.Kind})").ToList());
        return new AndConstraint<PaperAssertions>(this);
    }

    /// <summary>The title or abstract mentions every term, as <see cref="PaperEnumerable.Mentioning"/> understands it.</summary>
    public AndConstraint<PaperAssertions> MentionAll(params string[] terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var missing = Subject is null ? terms.ToList() : terms.Where(t => !new[] { Subject }.Mentioning(t).Any()).ToList();
        Execute.Assertion
            .ForCondition(Subject is not null)
            .FailWith("Expected a paper mentioning {0}, but found <null>.", terms)
            .Then
            .ForCondition(missing.Count == 0)
            .FailWith("Expected {0} to mention {1}, but it does not mention {2}.", Describe.Paper(Subject), terms, missing);
        return new AndConstraint<PaperAssertions>(this);
    }

    /// <summary>
    /// The paper's reference-list entry in <paramref name="style"/> (plain text, numbered styles without the number)
    /// is exactly <paramref name="expected"/>; on failure the message shows both and where they first differ.
    /// </summary>
    public AndConstraint<PaperAssertions> BeCitedAs(CitationStyle style, string expected, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(expected);
        string? actual = Subject?.Cite(style);
        int at = actual is null ? 0 : FirstDifference(actual, expected);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected a paper cited in " + style + " as {0}{reason}, but found <null>.", expected)
            .Then
            .ForCondition(actual == expected)
            .FailWith(
                "Expected {0} to be cited in " + style + "{reason} as" + Environment.NewLine + "  {1}" + Environment.NewLine + "but it is" + Environment.NewLine + "  {2}" + Environment.NewLine + "(first difference at index {3}: {4}).",
                Describe.Paper(Subject), expected, actual, at, Around(actual ?? string.Empty, at));
        return new AndConstraint<PaperAssertions>(this);
    }

    private static int FirstDifference(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }

    private static string Around(string text, int at) =>
        at >= text.Length ? "the actual text ends there" : string.Concat("…", text.AsSpan(Math.Max(0, at - 10), Math.Min(text.Length, at + 10) - Math.Max(0, at - 10)), "…");
}
