using System.Text;
using Microsoft.Data.Sqlite;

namespace AgendaSearch.Fts5Server;

/// <summary>
/// One search as SQL: the page of hits (bm25 with title weighted 3, like the API's title boost, or newest first), the
/// total, and drill-sideways facet counts (each dimension counted with every filter but its own) as GROUP BY queries.
/// </summary>
internal sealed class Fts5Search(SqliteConnection connection)
{
    private static readonly string[] Dimensions = ["type", "body", "year", "officer"];

    public static string Key(string value) => value.Trim().ToLowerInvariant();

    public Fts5Results Run(Fts5Request request)
    {
        var match = request.Query is null ? null : Fts5Query.From(request.Query);
        var hits = Hits(request, match);
        var total = Scalar(Select("count(*)", request, match, except: null), request, match);
        var facets = Dimensions.ToDictionary(d => d, d => Facet(d, request, match));
        return new Fts5Results(total, hits, facets);
    }

    private List<Fts5Hit> Hits(Fts5Request request, string? match)
    {
        var columns = match is null
            ? "r.summary, NULL, 0.0"
            : "r.summary, snippet(fts, -1, '<mark>', '</mark>', '…', 24), bm25(fts, 3.0, 1.0, 1.0)";
        var order = request.ByDate ? "ORDER BY r.date DESC" + (match is null ? "" : ", 3") : "ORDER BY 3";
        var sql = Select(columns, request, match, except: null) + $" {order} LIMIT {request.PageSize} OFFSET {(request.Page - 1) * request.PageSize}";
        using var command = Command(sql, request, match);
        using var reader = command.ExecuteReader();
        var hits = new List<Fts5Hit>();
        while (reader.Read())
            hits.Add(new Fts5Hit(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), -reader.GetDouble(2)));
        return hits;
    }

    private List<(string Value, int Count)> Facet(string dimension, Fts5Request request, string? match)
    {
        var (value, join) = dimension switch
        {
            "officer" => ("o.officer", " JOIN officers o ON o.record = r.rowid"),
            _ => ("r." + dimension, ""),
        };
        var sql = Select($"{value}, count(*)", request, match, except: dimension, join) +
                  $" AND {value} IS NOT NULL GROUP BY {value} ORDER BY 2 DESC, 1";
        using var command = Command(sql, request, match);
        using var reader = command.ExecuteReader();
        var counts = new List<(string, int)>();
        while (reader.Read())
            counts.Add((Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!, reader.GetInt32(1)));
        return counts;
    }

    /// <summary>SELECT ... FROM the matches (or every record) WHERE the filters, leaving out <paramref name="except"/>'s.</summary>
    private static string Select(string columns, Fts5Request request, string? match, string? except, string join = "")
    {
        var sql = new StringBuilder($"SELECT {columns} FROM ");
        sql.Append(match is null ? "records r" : "fts JOIN records r ON r.rowid = fts.rowid").Append(join);
        sql.Append(match is null ? " WHERE 1" : " WHERE fts MATCH $match");
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

    private int Scalar(string sql, Fts5Request request, string? match)
    {
        using var command = Command(sql, request, match);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private SqliteCommand Command(string sql, Fts5Request request, string? match)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (match is not null)
            command.Parameters.AddWithValue("$match", match);
        Bind(command, "$type", request.Types.Select(Key));
        Bind(command, "$body", request.Bodies.Select(Key));
        Bind(command, "$officer", request.Officers.Select(Key));
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
