namespace AgendaSearch.Fts5Server.Postgres;

/// <summary>
/// The same rows as the FTS5 baseline (<see cref="Fts5Schema"/>), as a PostgreSQL user would lay them out: a stored
/// tsvector column (English configuration; the title weighted A, text and names B, so ts_rank favours title matches
/// like the API's title boost) under a GIN index, the officers in their own table, and B-tree indexes for the filter
/// and facet columns. The indexes are built after the rows are copied in, as a bulk load would.
/// </summary>
internal static class PgSchema
{
    public const string Create = """
        DROP TABLE IF EXISTS officers;
        DROP TABLE IF EXISTS records;
        CREATE TABLE records (
            rowid integer PRIMARY KEY,
            id text NOT NULL,
            type text NOT NULL,
            body text NOT NULL,
            body_key text NOT NULL,
            date integer,
            year integer,
            title text NOT NULL,
            text text NOT NULL,
            names text NOT NULL,
            summary text NOT NULL,
            tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', title), 'A') ||
                setweight(to_tsvector('english', text), 'B') ||
                setweight(to_tsvector('english', names), 'B')) STORED);
        CREATE TABLE officers (
            record integer NOT NULL,
            officer text NOT NULL,
            officer_key text NOT NULL,
            PRIMARY KEY (officer_key, record));
        """;

    public const string CopyRecords =
        "COPY records (rowid, id, type, body, body_key, date, year, title, text, names, summary) FROM STDIN (FORMAT BINARY)";

    public const string CopyOfficers = "COPY officers (record, officer, officer_key) FROM STDIN (FORMAT BINARY)";

    public const string Finish = """
        CREATE INDEX records_tsv ON records USING gin (tsv);
        CREATE INDEX records_by_date ON records (date);
        CREATE INDEX records_facets ON records (type, body_key, year, date, body);
        CREATE INDEX officers_by_record ON officers (record, officer);
        ANALYZE records;
        ANALYZE officers;
        """;

    /// <summary>Bytes of both tables with their indexes and TOAST.</summary>
    public const string Size = "SELECT pg_total_relation_size('records') + pg_total_relation_size('officers')";
}
