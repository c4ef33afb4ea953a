using System;

namespace Papers.Query;

/// <summary>A query that cannot be parsed, with the 1-based column where the problem is.</summary>
public sealed class QueryParseException : FormatException
{
    internal QueryParseException(string problem, int column)
        : base(problem + " at column " + column.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        Problem = problem;
        Column = column;
    }

    /// <summary>What is wrong, without the position: <c>unexpected ')'</c>.</summary>
    public string Problem { get; }

    /// <summary>1-based column in the query text.</summary>
    public int Column { get; }
}
