using System;
using System.Collections.Generic;
using System.Text;

namespace Papers.Testing;

/// <summary>
/// A stable text rendering of papers for approval-style tests: one block per paper in the given order, LF line
/// endings, invariant formatting, nothing that changes between runs or machines.
/// </summary>
public static class PaperSnapshot
{
    /// <summary>Each paper as a block of id, title, date, source, topics and links, in the order given.</summary>
    public static string Render(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var text = new StringBuilder();
        foreach (Paper paper in papers)
        {
            text.Append("# ").Append(paper.Id).Append('\n');
            text.Append("title:  ").Append(paper.Title).Append('\n');
            text.Append("date:   ").Append(paper.Date?.ToString() ?? "-").Append('\n');
            text.Append("source: ").Append(paper.Source.ToString()).Append('\n');
            text.Append("topics: ").Append(string.Join(", ", paper.Topics)).Append('\n');
            foreach (PaperLink link in paper.Links)
            {
                text.Append("link:   ").Append(link.Url).Append(" (").Append(link.Kind.ToString()).Append(")\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
