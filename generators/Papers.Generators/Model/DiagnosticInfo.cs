using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Papers.Generators.Model;

/// <summary>
/// A diagnostic as plain data, so it can travel through the incremental pipeline and compare by value;
/// turned into a <see cref="Diagnostic"/> only where it is reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Message, string? FilePath, int Start, int Length, int Line, int Column)
{
    public Diagnostic ToDiagnostic()
    {
        Location location = FilePath is null
            ? Location.None
            : Location.Create(
                FilePath,
                new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(Line - 1, Column - 1), new LinePosition(Line - 1, Column - 1 + Length)));
        return Diagnostic.Create(DiagnosticDescriptors.For(Id), location, Message);
    }
}
