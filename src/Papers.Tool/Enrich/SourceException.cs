namespace Papers.Tool.Enrich;

/// <summary>A source that could not be read: said in one line by the command.</summary>
internal sealed class SourceException(string message, Exception? inner = null) : Exception(message, inner);
