using System.Globalization;
using Papers.Citations;
using Papers.Graphs;
using Papers.Graphs.Export;
using Papers.Linq;
using Papers.Tests.Shared;

namespace Papers.Tests.Hardening;

/// <summary>Results never depend on the machine's culture (Turkish dotless i, German decimal comma…).</summary>
public class CultureTests
{
    [Fact]
    public void Parsing_naming_topics_queries_citations_and_exports_are_identical_under_every_culture()
    {
        string Run()
        {
            var result = DigestLoader.Load(RepoPaths.SeedDigest);
            var text = new System.Text.StringBuilder();
            foreach (Paper paper in result.Papers)
            {
                text.Append(paper.Id).Append('|').Append(Papers.Naming.MemberName.FromTitle(paper.Title)).Append('|')
                    .Append(paper.Date).Append('|').Append(string.Join(",", paper.Topics)).Append('\n');
            }

            text.Append(string.Join(",", result.Papers.Matching("title:MULTIMODAL OR INTERBERT").Select(p => p.Id))).Append('\n');
            text.Append(string.Join(",", result.Papers.Search("IMAGE TEXT").Take(5).Select(h => h.Paper.Id + h.Score.ToString("R", CultureInfo.InvariantCulture))));
            text.Append(result.Papers.TopicGraph().ToDot()).Append(result.Papers.TopicGraph().ToCytoscapeJson());

            // Citations and exports, on papers with names, TeX, dates and a Turkish-sensitive "I"/"i".
            var cited = Citations.CitationCorpus.FreshArxiv().Take(150).Concat(DigestLoader.Parse(
                "2024-03-05\n\nIMAGINE: Istanbul Images In Title Case\n\nAuthors: İlkay Işık, Irmak İnce and Igor Ivanov\n\nText.\n").Papers).ToList();
            foreach (CitationStyle style in Enum.GetValues<CitationStyle>())
            {
                text.Append(cited.ToBibliography(style, CitationFormat.Html));
                text.Append(string.Join("|", cited.Select(p => p.Cite(style, CitationFormat.Text, TitleCasing.StyleGuide))));
            }

            foreach (ExportFormat format in Enum.GetValues<ExportFormat>())
            {
                text.Append(cited.Export(format));
            }

            return text.ToString();
        }

        CultureInfo original = CultureInfo.CurrentCulture;
        try
        {
            var outputs = new[] { "tr-TR", "de-DE", string.Empty }.Select(name =>
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                return Run();
            }).ToList();
            outputs[0].Should().Be(outputs[2]);
            outputs[1].Should().Be(outputs[2]);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }
}
