using Papers;
using Papers.Citations;
using Papers.Parquet;
using Reading;

// dotnet run                     the reading list, cited
// dotnet run -- papers.parquet   and the whole catalog as Parquet, for DuckDB or Spark
Console.WriteLine($"{PaperCatalog.All.Count} papers, {Lists.MultimodalWithCode.Count} multimodal with code; we cite:");
foreach (Paper paper in Lists.Cited)
{
    Console.WriteLine("  " + paper.Cite(CitationStyle.Apa));
}

if (args is [string file])
{
    await using FileStream stream = File.Create(file);
    long rows = await ParquetExport.WriteAsync(PaperCatalog.All, stream);
    Console.WriteLine($"wrote {rows} papers to {file}");
}
