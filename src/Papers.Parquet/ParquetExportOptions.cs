using System;

namespace Papers.Parquet;

/// <summary>How <see cref="ParquetExport"/> lays out a file.</summary>
public sealed record ParquetExportOptions
{
    /// <summary>
    /// 122,880 rows, the size DuckDB writes itself: engines read a file in parallel by row group, so a group is
    /// the unit of work; at ~1.5 KB of text per paper it is ~180 MB before compression, and the writer holds one
    /// group in memory at a time.
    /// </summary>
    public const int DefaultRowGroupSize = 122_880;

    /// <summary>The defaults.</summary>
    public static ParquetExportOptions Default { get; } = new();

    /// <summary>Rows per row group; at least 1.</summary>
    public int RowGroupSize
    {
        get => _rowGroupSize;
        init => _rowGroupSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A row group holds at least one row.");
    }

    private readonly int _rowGroupSize = DefaultRowGroupSize;
}
