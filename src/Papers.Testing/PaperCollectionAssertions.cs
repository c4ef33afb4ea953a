using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions.Collections;
using FluentAssertions;
using FluentAssertions.Execution;

namespace Papers.Testing;

/// <summary>Assertions on a set of papers; every standard collection assertion is still there.</summary>
public sealed class PaperCollectionAssertions : GenericCollectionAssertions<Paper>
{
    /// <summary>Assertions on <paramref name="papers"/>.</summary>
    public PaperCollectionAssertions(IEnumerable<Paper> papers)
        : base(papers)
    {
    }

    /// <summary>A paper with this id, short name or title is in the set.</summary>
    public AndConstraint<PaperCollectionAssertions> ContainPaper([PaperId] string idOrName, string because = "", params object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrName);
        var papers = Subject?.ToList() ?? new List<Paper>();
        bool found = papers.Any(p =>
            string.Equals(p.Id, idOrName, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(p.ShortName, idOrName, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(p.Title, idOrName, StringComparison.Ordinal));
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(found)
            .FailWith("Expected the {0} papers to contain {1}{reason}, but none has that id, short name or title; closest: {2}.",
                papers.Count, idOrName, Closest(papers, idOrName));
        return new AndConstraint<PaperCollectionAssertions>(this);
    }

    /// <summary>This paper (by id) is in the set: <c>papers.Should().ContainPaper(PaperCatalog.EViLM)</c>.</summary>
    public AndConstraint<PaperCollectionAssertions> ContainPaper(Paper paper, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var papers = Subject?.ToList() ?? new List<Paper>();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(papers.Contains(paper))
            .FailWith("Expected the {0} papers to contain {1}{reason}, but none has its id {2}.", papers.Count, Describe.Paper(paper), paper.Id);
        return new AndConstraint<PaperCollectionAssertions>(this);
    }

    /// <summary>Every paper has a non-empty abstract.</summary>
    public AndConstraint<PaperCollectionAssertions> AllHaveAbstracts(string because = "", params object[] becauseArgs)
    {
        var missing = (Subject ?? Enumerable.Empty<Paper>()).Where(p => p.Abstract.Length == 0).Select(Describe.Paper).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(missing.Count == 0)
            .FailWith("Expected every paper to have an abstract{reason}, but {0} have none: {1}.", missing.Count, missing);
        return new AndConstraint<PaperCollectionAssertions>(this);
    }

    /// <summary>Papers come in date order (papers without a date must not be mixed in).</summary>
    public AndConstraint<PaperCollectionAssertions> BeOrderedByDate(string because = "", params object[] becauseArgs)
    {
        var papers = (Subject ?? Enumerable.Empty<Paper>()).ToList();
        int broken = -1;
        for (int i = 1; i < papers.Count && broken < 0; i++)
        {
            PaperDate? before = papers[i - 1].Date;
            PaperDate? after = papers[i].Date;
            if (before is null || after is null || after.Value.CompareTo(before.Value) < 0)
            {
                broken = i;
            }
        }

        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(broken < 0)
            .FailWith(
                "Expected the papers in date order{reason}, but {0} dated {1} comes after {2} dated {3}.",
                broken < 0 ? null : Describe.Paper(papers[broken]),
                broken < 0 ? null : new Verbatim(papers[broken].Date?.ToString() ?? "<none>"),
                broken < 0 ? null : Describe.Paper(papers[broken - 1]),
                broken < 0 ? null : new Verbatim(papers[broken - 1].Date?.ToString() ?? "<none>"));
        return new AndConstraint<PaperCollectionAssertions>(this);
    }

    private static string Closest(List<Paper> papers, string name) =>
        papers.OrderBy(p => Distance(p.ShortName.ToUpperInvariant(), name.ToUpperInvariant())).Select(p => p.ShortName).FirstOrDefault() ?? "<none>";

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int previous = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }

        return row[b.Length];
    }
}
