using Papers.Corpus;

// dotnet run --project tests/Papers.Corpus -- archive <hf-daily.jsonl> <out-dir>
// dotnet run --project tests/Papers.Corpus -- json <hf-daily.jsonl> <out-file>
// dotnet run --project tests/Papers.Corpus -- synthetic <papers> <out-file>
switch (args)
{
    case ["archive", string jsonl, string outDir]:
        ArchiveRenderer.WriteTo(outDir, jsonl);
        Console.WriteLine($"rendered {Directory.GetFiles(outDir, "*.txt").Length} digests into {outDir}");
        return 0;
    case ["json", string jsonl, string outFile]:
        ArchiveJson.Write(outFile, ArchiveRenderer.Read(jsonl));
        Console.WriteLine($"wrote {new FileInfo(outFile).Length:N0} bytes to {outFile}");
        return 0;
    case ["synthetic", string count, string outFile]:
        File.WriteAllText(outFile, SyntheticCorpus.Digest(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)));
        Console.WriteLine($"wrote {new FileInfo(outFile).Length:N0} bytes to {outFile}");
        return 0;
    default:
        Console.Error.WriteLine("usage: archive <hf-daily.jsonl> <out-dir> | json <hf-daily.jsonl> <out-file> | synthetic <papers> <out-file>");
        return 2;
}
