using System.Globalization;

namespace Papers;

/// <summary>Where something came from: a digest file (as the project declared it) and a 1-based line.</summary>
/// <param name="File">The digest path, with forward slashes.</param>
/// <param name="Line">The 1-based line number.</param>
public readonly record struct SourceLocation(string File, int Line)
{
    /// <summary><c>digests/mar11.txt:12</c>.</summary>
    public override string ToString() => File + ":" + Line.ToString(CultureInfo.InvariantCulture);
}
