using System;

namespace Papers;

/// <summary>
/// Evaluates a query (<see cref="Query.PaperQuery"/> syntax) at compile time over the project's digests and implements
/// the partial member with the fixed list of catalog papers it matches. Apply it to a
/// <c>static partial IReadOnlyList&lt;Paper&gt;</c> property with a getter, or a parameterless static partial method
/// returning one. A malformed query is a compile error; a query that matches nothing is a warning.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PaperQueryAttribute : Attribute
{
    /// <summary>Marks the member; the query must be a constant string (PAPER013 when malformed).</summary>
    public PaperQueryAttribute(string query) => Query = query;

    /// <summary>The query as written in the attribute.</summary>
    public string Query { get; }
}
