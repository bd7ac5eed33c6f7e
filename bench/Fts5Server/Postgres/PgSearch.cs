using System.Text;
using Npgsql;

namespace AgendaSearch.Fts5Server.Postgres;

/// <summary>
/// One search as one SQL statement, the way a PostgreSQL user would write it: the tsquery is evaluated once, the
/// matching rows with their ts_rank (normalised by document length, like BM25's length norm) are materialised with
/// the date range applied, and from them come the page of hits (by rank or newest first, ts_headline for the page's
/// rows only), the total and the four drill-sideways facet counts (each dimension counted with every filter but its
/// own), as parts of one UNION ALL. A blank query reads every record.
/// </summary>
internal sealed class PgSearch(NpgsqlDataSource source)
{
    private static readonly string[] Dimensions = ["type", "body", "year", "officer"];

    /// <summary>Serves /api/search from the database through one pooled data source.</summary>
    public static int Serve(string connectionString, string[] args)
    {
        using var source = NpgsqlDataSource.Create(connectionString);
        var search = new PgSearch(source);
        return SearchEndpoint.Run(args, search.Run);
    }

    public async Task<BaselineResults> Run(BaselineRequest request)
    {
        var sql = new Statement(request);
        await using var command = source.CreateCommand(sql.Text);
        foreach (var value in sql.Values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        var hits = new List<(long N, BaselineHit Hit)>();
        var total = 0;
        var facets = Dimensions.ToDictionary(d => d, _ => new List<(string Value, int Count)>());
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var part = reader.GetInt32(0);
                var count = reader.GetInt64(2);
                if (part == 0)
                    hits.Add((count, new BaselineHit(reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetFloat(3))));
                else if (part == 1)
                    total = (int)count;
                else
                    facets[Dimensions[part - 2]].Add((reader.GetString(1), (int)count));
            }
        }
        foreach (var counts in facets.Values)
            counts.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        return new BaselineResults(total, hits.OrderBy(h => h.N).Select(h => h.Hit).ToList(), facets);
    }

    /// <summary>The statement's text and its positional parameters ($1, $2, ...).</summary>
    private sealed class Statement
    {
        private readonly BaselineRequest request;
        private readonly string? types;
        private readonly string? bodies;
        private readonly string? officers;
        private readonly string? years;

        public List<object> Values { get; } = [];
        public string Text { get; }

        public Statement(BaselineRequest request)
        {
            this.request = request;
            var (query, terms) = request.Query is null ? ("''::tsquery", []) : PgQuery.From(request.Query);
            Values.AddRange(terms);
            types = request.Types.Count > 0 ? Parameter(request.Types.Select(BaselineRecords.Key).ToArray()) : null;
            bodies = request.Bodies.Count > 0 ? Parameter(request.Bodies.Select(BaselineRecords.Key).ToArray()) : null;
            officers = request.Officers.Count > 0 ? Parameter(request.Officers.Select(BaselineRecords.Key).ToArray()) : null;
            years = request.Years.Count > 0 ? Parameter(request.Years.ToArray()) : null;
            var dates = new StringBuilder();
            if (request.From is { } from)
                dates.Append(" AND r.date >= ").Append(Parameter(from));
            if (request.To is { } to)
                dates.Append(" AND r.date <= ").Append(Parameter(to));
            var matches = request.Query is null
                ? $"SELECT r.rowid, r.type, r.body, r.body_key, r.year, r.date, 0::real AS score FROM records r WHERE true{dates}"
                : $"SELECT r.rowid, r.type, r.body, r.body_key, r.year, r.date, ts_rank(r.tsv, q.q, 1) AS score FROM records r, q WHERE r.tsv @@ q.q{dates}";
            var order = request.ByDate ? "date DESC NULLS LAST, score DESC, rowid" : "score DESC, rowid";
            var snippet = request.Query is null
                ? "NULL::text"
                : "ts_headline('english', r.text, q.q, 'StartSel=<mark>, StopSel=</mark>, MaxWords=24, MinWords=12')";
            Text = $"""
                WITH q AS (SELECT {query} AS q),
                m AS MATERIALIZED ({matches}),
                page AS (SELECT rowid, date, score FROM m WHERE {Filters(null)} ORDER BY {order}
                         LIMIT {request.PageSize} OFFSET {(request.Page - 1) * request.PageSize}),
                numbered AS (SELECT rowid, score, row_number() OVER (ORDER BY {order}) AS n FROM page)
                SELECT 0 AS part, NULL::text AS value, p.n AS count, p.score, r.summary, {snippet} AS snippet
                  FROM numbered p JOIN records r ON r.rowid = p.rowid CROSS JOIN q
                UNION ALL SELECT 1, NULL, count(*), NULL, NULL, NULL FROM m WHERE {Filters(null)}
                UNION ALL SELECT 2, m.type, count(*), NULL, NULL, NULL FROM m WHERE {Filters("type")} GROUP BY m.type
                UNION ALL SELECT 3, m.body, count(*), NULL, NULL, NULL FROM m WHERE {Filters("body")} GROUP BY m.body
                UNION ALL SELECT 4, m.year::text, count(*), NULL, NULL, NULL FROM m WHERE {Filters("year")} AND m.year IS NOT NULL GROUP BY m.year
                UNION ALL SELECT 5, o.officer, count(*), NULL, NULL, NULL FROM m JOIN officers o ON o.record = m.rowid
                  WHERE {Filters("officer")} GROUP BY o.officer
                """;
        }

        private string Parameter(object value)
        {
            Values.Add(value);
            return "$" + Values.Count;
        }

        /// <summary>The request's filters on the materialised matches, leaving out <paramref name="except"/>'s.</summary>
        private string Filters(string? except)
        {
            var sql = new StringBuilder("true");
            if (except != "type" && types is not null)
                sql.Append(" AND m.type = ANY(").Append(types).Append(')');
            if (except != "body" && bodies is not null)
                sql.Append(" AND m.body_key = ANY(").Append(bodies).Append(')');
            if (except != "year" && years is not null)
                sql.Append(" AND m.year = ANY(").Append(years).Append(')');
            if (except != "officer" && officers is not null)
                sql.Append(" AND EXISTS (SELECT 1 FROM officers f WHERE f.record = m.rowid AND f.officer_key = ANY(").Append(officers).Append("))");
            return sql.ToString();
        }
    }
}
