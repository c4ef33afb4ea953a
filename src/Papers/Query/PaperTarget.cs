using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Papers.Query;

/// <summary>
/// A run-time <see cref="Paper"/> as queries see it, with its word lists built on first use. One per paper, kept
/// for as long as the paper lives, so the query feature owns its cache and the model knows nothing of queries.
/// </summary>
internal sealed class PaperTarget : IQueryTarget
{
    private static readonly ConditionalWeakTable<Paper, PaperTarget> Targets = new();

    private readonly Paper _paper;
    private QueryText? _titleText;
    private QueryText? _abstractText;

    private PaperTarget(Paper paper) => _paper = paper;

    public static PaperTarget Of(Paper paper) => Targets.GetValue(paper, p => new PaperTarget(p));

    public string Id => _paper.Id;

    public string Title => _paper.Title;

    public string Abstract => _paper.Abstract;

    public IReadOnlyList<string> Topics => _paper.Topics;

    public IReadOnlyList<PaperLink> Links => _paper.Links;

    public PaperDate? Date => _paper.Date;

    public int AuthorCount => _paper.Authors.Count;

    public string? ArxivId => _paper.ArxivId;

    public string? Doi => _paper.Doi;

    // A benign race builds the same word list twice at worst.
    public QueryText TitleText => _titleText ??= new QueryText(_paper.Title);

    public QueryText AbstractText => _abstractText ??= new QueryText(_paper.Abstract);
}
