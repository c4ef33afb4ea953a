using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Papers.Export;

/// <summary>
/// Papers as rows for engines that scale past one process: JSON lines and CSV here; Parquet in the
/// <c>Papers.Parquet</c> package (it needs a Parquet library this package does not carry). Every format writes
/// the columns of <see cref="PaperRecord"/>, UTF-8 without a byte-order mark, text exactly as the model holds it.
/// </summary>
public static class PaperExport
{
    // Rows made ahead of the writer: enough to keep every core busy, few enough to stream a million papers.
    private const int Chunk = 4096;

    /// <summary>The rows of <paramref name="papers"/>, in order; lazily, so a million papers are never all rows at once.</summary>
    /// <exception cref="ArgumentException">A paper's text holds a lone surrogate (raised when that row is reached).</exception>
    public static IEnumerable<PaperRecord> Records(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return Iterate(papers);

        static IEnumerable<PaperRecord> Iterate(IEnumerable<Paper> papers)
        {
            foreach (Paper[] chunk in papers.Chunk(Chunk))
            {
                // Topics and keyphrases are found on first use, one paper at a time; a row needs both, so a
                // chunk finds them on all cores first (each paper's are its own: the same rows, sooner).
                if (chunk.Length > 1)
                {
                    System.Threading.Tasks.Parallel.ForEach(chunk, paper =>
                    {
                        _ = paper.Topics;
                        _ = paper.Keyphrases;
                    });
                }

                foreach (Paper paper in chunk)
                {
                    yield return PaperRecord.Of(paper);
                }
            }
        }
    }

    /// <summary>
    /// Writes one JSON object per line (<c>\n</c>-terminated), keys in column order; null values written as
    /// <c>null</c>. DuckDB: <c>read_json('papers.jsonl', format = 'newline_delimited')</c>.
    /// </summary>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentException">A paper's text holds a lone surrogate; rows before it are written.</exception>
    public static long WriteJsonLines(IEnumerable<Paper> papers, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return JsonLinesWriter.Write(Records(papers), destination);
    }

    /// <summary>
    /// Writes RFC 4180 CSV: a header of the column names, <c>\r\n</c> between records, every text cell quoted
    /// (so an empty text is <c>""</c> and a missing one an empty cell), lists as JSON arrays.
    /// </summary>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentException">A paper's text holds a lone surrogate; rows before it are written.</exception>
    public static long WriteCsv(IEnumerable<Paper> papers, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return CsvWriter.Write(Records(papers), destination);
    }
}
