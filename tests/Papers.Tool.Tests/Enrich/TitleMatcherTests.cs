using Papers.Tool.Enrich;

namespace Papers.Tool.Tests.Enrich;

/// <summary>The matching rules, one per test: ids first, equal titles, similar titles with a margin, the date as tie-break.</summary>
public class TitleMatcherTests
{
    private static EnrichQuery Query(string title, string date = "2024-03-11", string? metadata = null) =>
        EnrichQuery.For(DigestLoader.Parse($"D\n\n{date}\n\n{title}\n\n{(metadata is null ? string.Empty : metadata + "\n\n")}An abstract.\n", "d.txt").Papers.Single());

    private static ArxivRecord Record(string id, string title, string? submitted = "2024-03-01") =>
        new(id, title, ["Doe, Jane"], null, null, "cs.LG", submitted is null ? null : DateOnly.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture));

    private static Candidate Scored(EnrichQuery query, ArxivRecord record) => new(record, TitleText.Similarity(query.Key, TitleText.Key(record.Title), TitleMatcher.Floor));

    private static EnrichMatch Decide(EnrichQuery query, params ArxivRecord[] records) =>
        TitleMatcher.Decide(query, new SourceAnswer(null, records.Select(r => Scored(query, r)).ToArray()));

    [Fact]
    public void A_record_found_by_id_wins_over_any_title()
    {
        EnrichQuery query = Query("Some Title");
        ArxivRecord byId = Record("2403.00001", "Another Title Entirely");
        EnrichMatch match = TitleMatcher.Decide(query, new SourceAnswer(byId, [Scored(query, Record("2403.00002", "Some Title"))]));
        (match.Kind, match.Record, match.Label).Should().Be((MatchKind.Id, byId, "id"));
    }

    [Theory]
    [InlineData("Super-Resolution via Diffusion", "super resolution via diffusion.")]
    [InlineData("Caf\\'e Models", "Café   Models")]
    [InlineData("{GPT}-4: A Report", "GPT-4 a report")]
    [InlineData("Vision–Language Models", "Vision-Language Models")]
    public void Titles_equal_once_normalized_match_exactly(string arxiv, string digest)
    {
        EnrichMatch match = Decide(Query(digest), Record("2403.00001", arxiv));
        (match.Kind, match.Score, match.Label).Should().Be((MatchKind.TitleExact, 1.0, "title-exact"));
    }

    [Fact]
    public void A_similar_title_past_the_threshold_matches_and_says_how_alike()
    {
        EnrichMatch match = Decide(Query("Learning to Rank with Deep Neural Network"), Record("2403.00001", "Learning to Rank with Deep Neural Networks"));
        match.Kind.Should().Be(MatchKind.TitleSimilar);
        match.Score.Should().BeApproximately(1 - (1.0 / 36), 1e-9);
        match.Label.Should().Be("title-similar 0.97");
    }

    [Fact]
    public void A_weak_title_is_unmatched_and_shown_as_a_near_miss()
    {
        EnrichMatch match = Decide(Query("Learning to Rank with Deep Networks"), Record("2403.00001", "Learning to Rank with Shallow Trees"));
        match.Kind.Should().Be(MatchKind.Unmatched);
        match.Record.Should().BeNull();
    }

    [Fact]
    public void Two_similar_titles_within_the_margin_are_ambiguous_with_both_candidates()
    {
        EnrichMatch match = Decide(Query("Deep Models for Graph Data"), Record("2403.00001", "Deep Models for Graph Datas"), Record("2403.00002", "Deep Model for Graph Data"));
        match.Kind.Should().Be(MatchKind.Ambiguous);
        match.Record.Should().BeNull();
        match.Candidates.Select(c => c.Record.Id).Should().BeEquivalentTo(["2403.00001", "2403.00002"]);
    }

    [Fact]
    public void A_similar_title_clearly_ahead_of_the_runner_up_matches()
    {
        EnrichMatch match = Decide(Query("Deep Models for Graph Data Sets"), Record("2403.00001", "Deep Models for Graph Data Set"), Record("2403.00002", "Deep Modes for Grape Data Sits"));
        (match.Kind, match.Record?.Id).Should().Be((MatchKind.TitleSimilar, "2403.00001"));
    }

    [Fact]
    public void An_equal_title_beats_a_merely_similar_one()
    {
        EnrichMatch match = Decide(Query("Deep Models for Graph Data"), Record("2403.00001", "Deep Model for Graph Data"), Record("2403.00002", "Deep Models for Graph Data"));
        (match.Kind, match.Record?.Id).Should().Be((MatchKind.TitleExact, "2403.00002"));
    }

    [Fact]
    public void Two_equal_titles_are_told_apart_by_the_digest_date()
    {
        EnrichMatch match = Decide(Query("A Survey of Surveys", "2024-03-11"), Record("1901.00001", "A Survey of Surveys", "2019-01-02"), Record("2403.00001", "A Survey of Surveys", "2024-03-01"));
        (match.Kind, match.Record?.Id).Should().Be((MatchKind.TitleExact, "2403.00001"));
    }

    [Theory]
    [InlineData("Mar 11")]
    [InlineData("2025-06-01")]
    public void Two_equal_titles_stay_ambiguous_when_the_date_cannot_tell_them_apart(string date)
    {
        // No year in the digest's date, or both records recent.
        EnrichMatch match = Decide(Query("A Survey of Surveys", date), Record("2403.00001", "A Survey of Surveys", "2024-03-01"), Record("2404.00001", "A Survey of Surveys", "2024-04-01"));
        match.Kind.Should().Be(MatchKind.Ambiguous);
    }

    [Fact]
    public void A_record_submitted_after_the_digest_is_not_what_it_listed()
    {
        EnrichMatch match = Decide(Query("A Survey of Surveys", "2024-03-11"), Record("2403.00001", "A Survey of Surveys", "2024-03-01"), Record("2409.00001", "A Survey of Surveys", "2024-09-01"));
        (match.Kind, match.Record?.Id).Should().Be((MatchKind.TitleExact, "2403.00001"));
    }

    [Fact]
    public void The_same_record_twice_is_one_candidate()
    {
        EnrichQuery query = Query("A Survey of Surveys");
        ArxivRecord record = Record("2403.00001", "A Survey of Surveys");
        TitleMatcher.Decide(query, new SourceAnswer(null, [new Candidate(record, 1), new Candidate(record, 1)])).Kind.Should().Be(MatchKind.TitleExact);
    }

    [Fact]
    public void Nothing_found_is_unmatched()
    {
        TitleMatcher.Decide(Query("A Survey of Surveys"), SourceAnswer.None).Should().Match<EnrichMatch>(m => m.Kind == MatchKind.Unmatched && m.Label == "unmatched" && m.Candidates.Count == 0);
    }
}
