using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace AgendaSearch.Fts5Server;

/// <summary>
/// One search as SQL. The MATCH runs once: the matching rowids and their bm25 scores (title weighted 3, like the
/// API's title boost) go into a per-connection temp table, from which the filters, the total, the page (by score or
/// newest first) and the drill-sideways facet counts (each dimension counted with every filter but its own, as
/// GROUP BY queries) are read; snippet() runs only for the page's rows. A blank query reads the records table.
/// </summary>
internal sealed class Fts5Search(SqliteConnection connection)
{
    /// <summary>Serves /api/search from the database, one pooled read-only connection per request.</summary>
    public static int Serve(string dbPath, string[] args)
    {
        if (!File.Exists(dbPath))
        {
            Console.Error.WriteLine($"no database {dbPath}; run `build` first");
            return 2;
        }
        var connectionString = new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        return SearchEndpoint.Run(args, request =>
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            return Task.FromResult(new Fts5Search(connection).Run(request));
        });
    }

    private static readonly string[] Dimensions = ["type", "body", "year", "officer"];

    public BaselineResults Run(BaselineRequest request)
    {
        var match = request.Query is null ? null : Fts5Query.From(request.Query);
        if (match is not null)
            Collect(match);
        // CROSS JOIN keeps the (small) match table outside: the temp table has no statistics, and SQLite would
        // otherwise scan every record and probe the matches.
        var source = match is null ? "records r" : "matches m CROSS JOIN records r ON r.rowid = m.rowid";
        var total = Scalar(Select("count(*)", source, request, except: null), request);
        var hits = Hits(request, match, source);
        var facets = Dimensions.ToDictionary(d => d, d => Facet(d, request, source));
        return new BaselineResults(total, hits, facets);
    }

    private void Collect(string match)
    {
        Execute("""
            CREATE TEMP TABLE IF NOT EXISTS matches (rowid INTEGER PRIMARY KEY, score REAL NOT NULL);
            DELETE FROM matches;
            INSERT INTO matches SELECT rowid, bm25(fts, 3.0, 1.0, 1.0) FROM fts WHERE fts MATCH $match;
            """, match);
    }

    private List<BaselineHit> Hits(BaselineRequest request, string? match, string source)
    {
        var score = match is null ? "0.0" : "m.score";
        var order = request.ByDate ? $"r.date DESC, {score}" : score;
        var sql = Select($"r.rowid, r.summary, {score}", source, request, except: null) +
                  $" ORDER BY {order} LIMIT {request.PageSize} OFFSET {(request.Page - 1) * request.PageSize}";
        var page = new List<(long Rowid, string Summary, double Score)>();
        using (var command = Command(sql, request))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                page.Add((reader.GetInt64(0), reader.GetString(1), -reader.GetDouble(2)));
        var snippets = match is null || page.Count == 0 ? [] : Snippets(match, page.Select(p => p.Rowid));
        return page.Select(p => new BaselineHit(p.Summary, snippets.GetValueOrDefault(p.Rowid), p.Score)).ToList();
    }

    private Dictionary<long, string> Snippets(string match, IEnumerable<long> rowids)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, snippet(fts, -1, '<mark>', '</mark>', '…', 24) FROM fts WHERE fts MATCH $match AND rowid IN (" +
                              string.Join(',', rowids) + ")";
        command.Parameters.AddWithValue("$match", match);
        using var reader = command.ExecuteReader();
        var snippets = new Dictionary<long, string>();
        while (reader.Read())
            snippets[reader.GetInt64(0)] = reader.GetString(1);
        return snippets;
    }

    private List<(string Value, int Count)> Facet(string dimension, BaselineRequest request, string source)
    {
        var (value, join) = dimension switch
        {
            "officer" => ("o.officer", " CROSS JOIN officers o ON o.record = r.rowid"),
            _ => ("r." + dimension, ""),
        };
        var sql = Select($"{value}, count(*)", source + join, request, except: dimension) +
                  $" AND {value} IS NOT NULL GROUP BY {value} ORDER BY 2 DESC, 1";
        using var command = Command(sql, request);
        using var reader = command.ExecuteReader();
        var counts = new List<(string, int)>();
        while (reader.Read())
            counts.Add((Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!, reader.GetInt32(1)));
        return counts;
    }

    /// <summary>SELECT ... FROM <paramref name="source"/> WHERE the filters, leaving out <paramref name="except"/>'s.</summary>
    private static string Select(string columns, string source, BaselineRequest request, string? except)
    {
        var sql = new StringBuilder($"SELECT {columns} FROM {source} WHERE 1");
        if (except != "type" && request.Types.Count > 0)
            sql.Append(" AND r.type IN (").Append(List("$type", request.Types.Count)).Append(')');
        if (except != "body" && request.Bodies.Count > 0)
            sql.Append(" AND r.body_key IN (").Append(List("$body", request.Bodies.Count)).Append(')');
        if (except != "year" && request.Years.Count > 0)
            sql.Append(" AND r.year IN (").Append(string.Join(',', request.Years)).Append(')');
        if (except != "officer" && request.Officers.Count > 0)
            sql.Append(" AND EXISTS (SELECT 1 FROM officers f WHERE f.record = r.rowid AND f.officer_key IN (")
                .Append(List("$officer", request.Officers.Count)).Append("))");
        if (request.From is { } from)
            sql.Append(" AND r.date >= ").Append(from);
        if (request.To is { } to)
            sql.Append(" AND r.date <= ").Append(to);
        return sql.ToString();
    }

    private int Scalar(string sql, BaselineRequest request)
    {
        using var command = Command(sql, request);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(string sql, string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$match", match);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, BaselineRequest request)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, "$type", request.Types.Select(BaselineRecords.Key));
        Bind(command, "$body", request.Bodies.Select(BaselineRecords.Key));
        Bind(command, "$officer", request.Officers.Select(BaselineRecords.Key));
        return command;
    }

    private static void Bind(SqliteCommand command, string prefix, IEnumerable<string> values)
    {
        var i = 0;
        foreach (var value in values)
        {
            if (command.CommandText.Contains(prefix + i, StringComparison.Ordinal))
                command.Parameters.AddWithValue(prefix + i, value);
            i++;
        }
    }

    private static string List(string prefix, int count) => string.Join(',', Enumerable.Range(0, count).Select(i => prefix + i));
}
