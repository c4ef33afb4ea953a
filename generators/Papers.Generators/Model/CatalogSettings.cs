namespace Papers.Generators.Model;

/// <summary>The project-wide MSBuild settings, validated.</summary>
/// <param name="Docs">Emit hover docs per paper (<c>PapersDocs</c>, default true).</param>
/// <param name="Ids">Emit the <c>PaperIds</c> constants (<c>PapersIds</c>, default false).</param>
internal sealed record CatalogSettings(string? Namespace, string ClassName, string Visibility, bool Docs, bool Ids, EquatableArray<DiagnosticInfo> Diagnostics);
