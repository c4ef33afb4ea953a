using System.Collections.Generic;
using Papers.Generators.Model;
using Papers.Query;
using Papers.Topics;

namespace Papers.Generators;

/// <summary>A build-time entry as compile-time queries see it: the same facts a run-time <c>Paper</c> offers.</summary>
internal sealed class EntryTarget : IQueryTarget
{
    private readonly EntryModel _entry;
    private readonly Taxonomy _taxonomy;
    private QueryText? _title;
    private QueryText? _abstract;
    private IReadOnlyList<string>? _topics;

    public EntryTarget(EntryModel entry, string id, Taxonomy taxonomy)
    {
        _entry = entry;
        _taxonomy = taxonomy;
        Id = id;
        Date = entry.Month == 0 ? null : new PaperDate(entry.Year, entry.Month, entry.Day);
    }

    public string Id { get; }

    public string Title => _entry.Title;

    public string Abstract => _entry.Abstract;

    // Found only for the papers a query's topic: test reaches, once per catalog (the targets are shared).
    public IReadOnlyList<string> Topics => _topics ??= _taxonomy.Match(_entry.Title, _entry.Abstract);

    public IReadOnlyList<PaperLink> Links => _entry.Links;

    public PaperDate? Date { get; }

    public int AuthorCount => _entry.AuthorCount;

    public string? ArxivId => _entry.ArxivId;

    public string? Doi => _entry.Doi;

    public QueryText TitleText => _title ??= new QueryText(_entry.Title);

    public QueryText AbstractText => _abstract ??= new QueryText(_entry.Abstract);
}
