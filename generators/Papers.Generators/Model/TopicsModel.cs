namespace Papers.Generators.Model;

/// <summary>One topics file: its text, and whether it replaces the default taxonomy instead of extending it.</summary>
internal sealed record TopicsFileModel(string FilePath, string Text, bool Replace);

/// <summary>Every topics file of the project, in ordinal path order: the input the taxonomy is built from.</summary>
internal sealed record TopicsModel(EquatableArray<TopicsFileModel> Files);
