namespace Papers.Tool.Enrich;

/// <summary>
/// What the cores of a snapshot scan have found so far, per query: the record of its arXiv id and its best few
/// title candidates. Whatever order the windows finish in, the answers are the same.
/// </summary>
internal sealed class SnapshotFindings
{
    private const int CandidatesKept = 8;

    private readonly (long Offset, ArxivRecord? Record)[] _byId;
    private readonly List<Candidate>[] _byTitle;

    public SnapshotFindings(int queries)
    {
        _byId = new (long, ArxivRecord?)[queries];
        _byTitle = new List<Candidate>[queries];
        for (int q = 0; q < queries; q++)
        {
            _byTitle[q] = new List<Candidate>();
        }
    }

    /// <summary>The record of query q's arXiv id, from the line at this byte offset; an id given twice keeps its first line.</summary>
    public void FoundById(int q, ArxivRecord record, long offset)
    {
        lock (_byId)
        {
            if (_byId[q].Record is null || offset < _byId[q].Offset)
            {
                _byId[q] = (offset, record);
            }
        }
    }

    /// <summary>A title candidate for query q; only the best few are kept, equal scores in id order.</summary>
    public void FoundByTitle(int q, Candidate candidate)
    {
        List<Candidate> kept = _byTitle[q];
        lock (kept)
        {
            kept.Add(candidate);
            if (kept.Count > CandidatesKept)
            {
                kept.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Record.Id, b.Record.Id));
                kept.RemoveAt(kept.Count - 1);
            }
        }
    }

    public SourceAnswer[] Answers()
    {
        var answers = new SourceAnswer[_byTitle.Length];
        for (int q = 0; q < answers.Length; q++)
        {
            answers[q] = new SourceAnswer(_byId[q].Record, _byTitle[q]);
        }

        return answers;
    }
}
