namespace Papers.Graphs.Export;

/// <summary>Community colours: a qualitative palette (Tableau 10 and extras), repeated past its end.</summary>
internal static class Palette
{
    private static readonly string[] Colors =
    {
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
        "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#17becf",
    };

    public static string Color(int community) => Colors[((community % Colors.Length) + Colors.Length) % Colors.Length];
}
