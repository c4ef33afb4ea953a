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
                // A row needs the paper's topics and keyphrases (found on first use) and a check of all its text:
                // a chunk's rows are made on all cores first (each row is its own: the same rows, sooner). A row that
                // fails is thrown when it is reached, so the rows before it are still written.
                var rows = new PaperRecord[chunk.Length];
                var failures = new Exception?[chunk.Length];
                System.Threading.Tasks.Parallel.For(0, chunk.Length, i =>
                {
                    try
                    {
                        rows[i] = PaperRecord.Of(chunk[i]);
                    }
                    catch (ArgumentException e)
                    {
                        failures[i] = e;
                    }
                });

                for (int i = 0; i < rows.Length; i++)
                {
                    if (failures[i] is Exception failure)
                    {
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
                    }

                    yield return rows[i];
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
