using System;
using System.Linq;
using Papers;
using Papers.Citations;
using Papers.Linq;
using Papers.Sample;

// Every name below is a compile-time fact: rename a paper in the digest and this file stops building.
Console.WriteLine($"Papers: {PaperCatalog.All.Count} papers in {PaperCatalog.Digests.Count} digest(s)");
foreach (Digest digest in PaperCatalog.Digests)
{
    Console.WriteLine($"  {digest.File}: {digest.Papers.Count} papers, dated {digest.Date?.ToString() ?? "(no date line)"}");
}

Console.WriteLine();
Console.WriteLine("A few typed papers:");
foreach (Paper paper in new[] { PaperCatalog.EViLM, PaperCatalog.GammaMoD, PaperCatalog._4M, PaperCatalog.BIOSCAN5M, PaperCatalog.XRAG })
{
    Console.WriteLine($"  {paper.ShortName,-10} {paper.Id}");
    Console.WriteLine($"             {paper.Title}");
    Console.WriteLine($"             {paper.Source}, code: {paper.CodeUrl ?? "none"}");
}

var links = PaperCatalog.All.SelectMany(p => p.Links).ToList();
Console.WriteLine();
Console.WriteLine($"Links: {links.Count} in {PaperCatalog.All.Count(p => p.Links.Count > 0)} abstracts");
foreach (var group in links.GroupBy(l => l.Kind).OrderBy(g => g.Key))
{
    Console.WriteLine($"  {group.Key}: {group.Count()}");
}

foreach (PaperLink link in links.Where(l => l.Kind != LinkKind.Code))
{
    Console.WriteLine($"  {link.Kind}: {link.Url}");
}

// Topics, search and a compile-time query, all over the same typed papers.
Console.WriteLine();
Console.WriteLine("Topics (papers):");
foreach (var topic in PaperCatalog.All.SelectMany(p => p.Topics).GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(6))
{
    Console.WriteLine($"  {topic.Key,-20} {topic.Count()}");
}

Console.WriteLine();
Console.WriteLine("Search \"mixture of experts\":");
foreach (var hit in PaperCatalog.All.Search("mixture of experts").Take(3))
{
    Console.WriteLine($"  {hit.Score,5:0.00}  {hit.Paper.ShortName}");
}

Console.WriteLine();
Console.WriteLine($"Compile-time query \"topic:multimodal has:code -survey\": {string.Join(", ", Reading.MultimodalWithCode().Select(p => p.ShortName))}");

// Citations: the digest gives titles only, so the styles fall back to title-first entries and "n.d.".
Console.WriteLine();
Console.WriteLine("Cited (IEEE):");
Console.Write(Reading.MultimodalWithCode().Take(3).ToBibliography(CitationStyle.Ieee));
Console.WriteLine($"In the text (APA): {PaperCatalog.EViLM.CiteInText(CitationStyle.Apa)}");
