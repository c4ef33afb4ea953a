namespace Papers.Testing;

/// <summary>How messages name a paper: short name and where it stands.</summary>
internal static class Describe
{
    public static string Paper(Paper? paper) => paper is null ? "<null>" : $"\"{paper.ShortName}\" ({paper.Source})";
}
