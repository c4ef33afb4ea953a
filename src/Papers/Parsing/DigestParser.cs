using System;
using System.Collections.Generic;
using System.IO;

namespace Papers.Parsing;

/// <summary>Where a digest comes from and what the project says about it.</summary>
/// <param name="Path">The path as the project declared it (used in locations and messages).</param>
/// <param name="Year">The <c>Year</c> item metadata, used when a date line has no year.</param>
/// <param name="MaxChars">Reading stops with <c>PAPER002</c> past this many chars.</param>
internal sealed record DigestParseOptions(string Path, int? Year = null, long MaxChars = DigestRules.DefaultMaxChars);

/// <summary>
/// The digest parser: the one implementation used by the source generator (linked source) and the run-time
/// loader. It never throws on content: every problem becomes a located <see cref="DigestDiagnostic"/>.
/// </summary>
/// <remarks>
/// Format: blank-line separated blocks. Boilerplate before the first date is dropped; a date block sets the date
/// for what follows; then title, optional <c>Key: value</c> metadata block, abstract — repeated.
/// </remarks>
internal sealed class DigestParser
{
    // How far ahead of the first paper we look for a date line before deciding a block is a title.
    private const int HeaderLookahead = 8;

    private readonly BlockReader _reader;
    private readonly DigestParseOptions _options;
    private readonly int? _fallbackYear;
    private readonly Queue<DigestBlock> _pending = new();
    private readonly List<ParsedEntry> _entries = new();
    private readonly List<PaperDate> _dates = new();
    private readonly List<DigestDiagnostic> _diagnostics = new();
    private PaperDate? _date;

    private DigestParser(TextReader reader, DigestParseOptions options)
    {
        _reader = new BlockReader(reader, options.MaxChars);
        _options = options;
        _fallbackYear = options.Year ?? DateLine.YearFromFileName(options.Path);
    }

    public static ParsedDigest Parse(string text, DigestParseOptions options) =>
        Parse(new StringReader(text), options);

    public static ParsedDigest Parse(TextReader reader, DigestParseOptions options)
    {
        var parser = new DigestParser(reader, options);
        parser.Run();
        return new ParsedDigest(options.Path, parser._entries, parser._dates, parser._diagnostics);
    }

    private void Run()
    {
        SkipHeader();
        while (Take() is DigestBlock block)
        {
            if (TryDate(block))
            {
                continue;
            }

            if (BlockShape.IsProse(block.Text))
            {
                Report(DigestRules.ProseForTitle, DigestSeverity.Error, block.Line,
                    $"Expected a paper title but found a paragraph ({block.Text.Length} chars starting \"{Clip(block.Text)}\"); is the title before it missing?");
                continue;
            }

            ReadPaper(block);
        }

        if (_reader.LimitExceeded)
        {
            Report(DigestRules.TooLarge, DigestSeverity.Error, _reader.LinesRead,
                $"The digest is larger than the limit of {_options.MaxChars} characters; reading stopped here. Split it into several files.");
        }
        else if (_entries.Count == 0)
        {
            Report(DigestRules.NoPapers, DigestSeverity.Warning, 1,
                "The digest has no papers (it is empty or only boilerplate); expected a date line, then title and abstract paragraphs.");
        }
    }

    // Drops boilerplate before the first date. Unknown blocks before a date that appears soon are header too.
    private void SkipHeader()
    {
        var buffered = new List<DigestBlock>();
        while (buffered.Count < HeaderLookahead && _reader.Next() is DigestBlock block)
        {
            buffered.Add(block);
            if (DateLine.TryParse(block.Text, out _) != DateLine.Kind.NotADate || BlockShape.IsProse(block.Text))
            {
                break;
            }
        }

        int firstDate = buffered.FindIndex(b => DateLine.TryParse(b.Text, out _) != DateLine.Kind.NotADate);
        int index = 0;
        if (firstDate >= 0)
        {
            index = firstDate;
        }
        else
        {
            while (index < buffered.Count && BlockShape.IsBoilerplate(buffered[index].Text))
            {
                index++;
            }
        }

        for (; index < buffered.Count; index++)
        {
            _pending.Enqueue(buffered[index]);
        }
    }

    private void ReadPaper(DigestBlock titleBlock)
    {
        var entry = new ParsedEntry(titleBlock.Text, titleBlock.Span) { Date = _date };
        _entries.Add(entry);

        DigestBlock? next = Peek();
        if (next != null && MetadataBlock.IsMetadata(next))
        {
            entry.Metadata = MetadataBlock.Read(Take()!, _options.Path, _diagnostics);
            next = Peek();
        }

        if (next == null || IsDateLike(next) || StartsNextPaper(next))
        {
            Report(DigestRules.MissingAbstract, DigestSeverity.Warning, titleBlock.Line,
                $"The paper \"{Clip(titleBlock.Text)}\" has no abstract; expected a paragraph after the title.");
            return;
        }

        DigestBlock summary = Take()!;
        entry.Abstract = summary.Text;
        entry.AbstractLine = summary.Line;
    }

    // A title-shaped block followed by prose is the next paper's title: this paper has no abstract.
    private bool StartsNextPaper(DigestBlock block)
    {
        if (BlockShape.IsProse(block.Text))
        {
            return false;
        }

        DigestBlock? after = PeekSecond();
        return after != null && !IsDateLike(after) && BlockShape.IsProse(after.Text) && !MetadataBlock.IsMetadata(block);
    }

    private bool TryDate(DigestBlock block)
    {
        switch (DateLine.TryParse(block.Text, out PaperDate date))
        {
            case DateLine.Kind.Date:
                if (!date.HasYear && _fallbackYear is int year && PaperDate.IsValid(year, date.Month, date.Day))
                {
                    date = date.WithYear(year);
                }

                _date = date;
                _dates.Add(date);
                return true;
            case DateLine.Kind.Invalid:
                Report(DigestRules.BadDate, DigestSeverity.Error, block.Line,
                    $"\"{Clip(block.Text)}\" looks like a date line but is not a valid date; write e.g. \"Mar 11\", \"Mar 11, 2024\" or \"2024-03-11\".");
                return true;
            default:
                return false;
        }
    }

    private static bool IsDateLike(DigestBlock block) => DateLine.TryParse(block.Text, out _) != DateLine.Kind.NotADate;

    private DigestBlock? Take()
    {
        if (_pending.Count > 0)
        {
            return _pending.Dequeue();
        }

        return _reader.Next();
    }

    private DigestBlock? Peek()
    {
        if (_pending.Count == 0 && _reader.Next() is DigestBlock block)
        {
            _pending.Enqueue(block);
        }

        return _pending.Count > 0 ? _pending.Peek() : null;
    }

    private DigestBlock? PeekSecond()
    {
        Peek();
        if (_pending.Count == 1 && _reader.Next() is DigestBlock block)
        {
            _pending.Enqueue(block);
        }

        if (_pending.Count < 2)
        {
            return null;
        }

        using Queue<DigestBlock>.Enumerator e = _pending.GetEnumerator();
        e.MoveNext();
        e.MoveNext();
        return e.Current;
    }

    private void Report(string id, DigestSeverity severity, int line, string message) =>
        _diagnostics.Add(new DigestDiagnostic(id, severity, _options.Path, line, 1, message));

    internal static string Clip(string text)
    {
        const int max = 60;
        return text.Length <= max ? text : text.Substring(0, max) + "…";
    }
}
