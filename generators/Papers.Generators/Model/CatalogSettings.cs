namespace Papers.Generators.Model;

/// <summary>The project-wide MSBuild settings, validated.</summary>
internal sealed record CatalogSettings(string? Namespace, string ClassName, string Visibility, EquatableArray<DiagnosticInfo> Diagnostics);
