using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using Papers.Export;

namespace Papers.Tests.Export;

/// <summary>
/// DuckDB in process, reading the exported files as a user's SQL would (the readers docs/export.md shows), and
/// rows turned into one canonical JSON text each, so a row read back compares with the row written, value by value.
/// </summary>
internal static class DuckDb
{
    /// <summary>The schema as DuckDB types, for readers that would otherwise guess (JSON lines, CSV).</summary>
    public const string Columns =
        "{id: 'VARCHAR', title: 'VARCHAR', short_name: 'VARCHAR', abstract: 'VARCHAR', " +
        "date_year: 'INTEGER', date_month: 'INTEGER', date_day: 'INTEGER', " +
        "published_year: 'INTEGER', published_month: 'INTEGER', published_day: 'INTEGER', " +
        "authors: 'VARCHAR[]', arxiv_id: 'VARCHAR', doi: 'VARCHAR', url: 'VARCHAR', " +
        "links: 'STRUCT(url VARCHAR, kind VARCHAR)[]', code_url: 'VARCHAR', tags: 'VARCHAR[]', topics: 'VARCHAR[]', " +
        "keyphrases: 'VARCHAR[]', digest_file: 'VARCHAR', digest_line: 'INTEGER'}";

    private static readonly JsonSerializerOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A table expression reading an exported file of the given format.</summary>
    public static string Source(string format, string path) => format switch
    {
        "parquet" => $"read_parquet('{path}')",
        "jsonl" => $"read_json('{path}', format = 'newline_delimited', columns = {Columns})",
        "csv" => "(SELECT * REPLACE (" +
            string.Join(", ", ListColumns.Select(c => $"from_json({c.Name}, '{c.Shape}') AS {c.Name}")) +
            $") FROM read_csv('{path}', header = true, allow_quoted_nulls = false, columns = {Columns.Replace("'VARCHAR[]'", "'VARCHAR'", StringComparison.Ordinal).Replace("'STRUCT(url VARCHAR, kind VARCHAR)[]'", "'VARCHAR'", StringComparison.Ordinal)}))",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static readonly (string Name, string Shape)[] ListColumns =
    [
        ("authors", "[\"VARCHAR\"]"), ("links", "[{\"url\":\"VARCHAR\",\"kind\":\"VARCHAR\"}]"),
        ("tags", "[\"VARCHAR\"]"), ("topics", "[\"VARCHAR\"]"), ("keyphrases", "[\"VARCHAR\"]"),
    ];

    /// <summary>Every row of a query, each value as .NET gives it (DBNull as null).</summary>
    public static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Each row of the file, in file order, as canonical JSON with the columns in schema order.</summary>
    public static List<string> Rows(string format, string path) =>
        Query($"SELECT {string.Join(", ", PaperRecord.Columns)} FROM {Source(format, path)}")
            .Select(row => new JsonObject(PaperRecord.Columns.Select((c, i) => KeyValuePair.Create(c, Node(row[i])))).ToJsonString(Canonical))
            .ToList();

    /// <summary>The row a record should read back as.</summary>
    public static string Row(PaperRecord record) => JsonSerializer.SerializeToNode(record, Canonical)!.ToJsonString(Canonical);

    private static JsonNode? Node(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(checked((int)l)),
        IDictionary map => new JsonObject(map.Keys.Cast<string>().Select(k => KeyValuePair.Create(k, Node(map[k])))),
        IEnumerable list => new JsonArray(list.Cast<object?>().Select(Node).ToArray()),
        _ => throw new NotSupportedException(value.GetType().FullName),
    };
}
