namespace Papers.Generators.Model;

/// <summary>One sidecar file as the compiler has it: where it is, the path the project wrote, its text.</summary>
internal sealed record SidecarModel(string FilePath, string DeclaredPath, string Text);

/// <summary>Every sidecar of the project, in ordinal path order.</summary>
internal sealed record SidecarsModel(EquatableArray<SidecarModel> Files)
{
    public SidecarModel? Find(string declaredPath)
    {
        foreach (SidecarModel file in Files)
        {
            if (file.DeclaredPath == declaredPath)
            {
                return file;
            }
        }

        return null;
    }
}
