namespace Papers.Topics;

/// <summary>One of a project's topics files (a <c>PaperTopics</c> item): its text, and whether it replaces the default taxonomy.</summary>
internal sealed record TopicsFile(string Path, string Text, bool Replace);
