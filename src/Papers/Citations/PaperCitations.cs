using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Papers.Citations.Export;

namespace Papers.Citations;

/// <summary>Citations and bibliography exports for papers: <c>paper.Cite(CitationStyle.Apa)</c>, <c>papers.Export(ExportFormat.BibTeX)</c>.</summary>
public static class PaperCitations
{
    /// <summary>The paper's reference-list entry in a style (numbered styles: without the number).</summary>
    public static string Cite(this Paper paper, CitationStyle style, CitationFormat format = CitationFormat.Text) =>
        Cite(paper, style, format, TitleCasing.AsStyleFile);

    /// <summary>The paper's reference-list entry with a choice of title casing.</summary>
    public static string Cite(this Paper paper, CitationStyle style, CitationFormat format, TitleCasing casing)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new Bibliography(new[] { paper }, style, casing).Entries[0].Format(format);
    }

    /// <summary>The paper's in-text citation when it is cited alone: <c>(Doe et al., 2024)</c>, <c>[1]</c>.</summary>
    public static string CiteInText(this Paper paper, CitationStyle style, CitationFormat format = CitationFormat.Text)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new Bibliography(new[] { paper }, style).Entries[0].InText(format);
    }

    /// <summary>The reference list of the papers, sorted and numbered as the style requires, one entry per line.</summary>
    public static string ToBibliography(this IEnumerable<Paper> papers, CitationStyle style, CitationFormat format = CitationFormat.Text) =>
        new Bibliography(papers, style).ToString(format);

    /// <summary>The papers as a bibliography file.</summary>
    public static string Export(this IEnumerable<Paper> papers, ExportFormat format)
    {
        var text = new StringWriter { NewLine = "\n" };
        Export(papers, format, text);
        return text.ToString();
    }

    /// <summary>One paper as a bibliography file.</summary>
    public static string Export(this Paper paper, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return Export(new[] { paper }, format);
    }

    /// <summary>Writes the papers as a bibliography file to a stream, as UTF-8 without a byte-order mark.</summary>
    public static void Export(this IEnumerable<Paper> papers, ExportFormat format, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Export(papers, format, writer);
    }

    /// <summary>Writes the papers as a bibliography file.</summary>
    public static void Export(this IEnumerable<Paper> papers, ExportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(writer);
        List<Paper> list = Distinct(papers, nameof(papers));

        switch (format)
        {
            case ExportFormat.BibTeX:
                BibTexWriter.Write(list, writer, bibLaTeX: false);
                break;
            case ExportFormat.BibLaTeX:
                BibTexWriter.Write(list, writer, bibLaTeX: true);
                break;
            case ExportFormat.Ris:
                RisWriter.Write(list, writer);
                break;
            case ExportFormat.CslJson:
                CslJsonWriter.Write(list, writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format.");
        }

        writer.Flush();
    }

    /// <summary>The papers once each, in first-seen order; a null paper is the caller's mistake.</summary>
    internal static List<Paper> Distinct(IEnumerable<Paper> papers, string parameter)
    {
        var list = new List<Paper>();
        var seen = new HashSet<Paper>();
        foreach (Paper paper in papers)
        {
            if (paper is null)
            {
                throw new ArgumentException("The papers contain null.", parameter);
            }

            if (seen.Add(paper))
            {
                list.Add(paper);
            }
        }

        return list;
    }
}
