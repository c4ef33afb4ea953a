namespace Papers.Query;

/// <summary>
/// Dates from <see cref="From"/> to <see cref="To"/>, both included: one rule for <c>date:a..b</c> in queries and
/// the <c>Between</c> operator. A date without a year is in no range (it cannot be placed).
/// </summary>
internal readonly record struct DateRange(PaperDate From, PaperDate To)
{
    /// <summary>The range ends before it starts.</summary>
    public bool IsBackwards => To < From;

    public bool Contains(PaperDate? date) =>
        date is PaperDate d && d.HasYear && d >= From && d <= To;
}
