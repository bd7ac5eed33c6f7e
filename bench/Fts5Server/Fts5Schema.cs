namespace AgendaSearch.Fts5Server;

/// <summary>
/// One row per searchable record (meeting records are left out: the API only shows them when asked by type), the
/// record's officers in their own table for the officer filter and facet, and an external-content FTS5 table over
/// title, text and the names (officers, asker, answerer): the fields the API searches by default. Porter stemming
/// stands in for Lucene's English analyzer. Keys (body, officer) are lower-cased like the index's *_key fields.
/// </summary>
internal static class Fts5Schema
{
    public const string Create = """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE records (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            type TEXT NOT NULL,
            body TEXT NOT NULL,
            body_key TEXT NOT NULL,
            date INTEGER,
            year INTEGER,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            names TEXT NOT NULL,
            summary TEXT NOT NULL);
        CREATE TABLE officers (
            record INTEGER NOT NULL,
            officer TEXT NOT NULL,
            officer_key TEXT NOT NULL,
            PRIMARY KEY (officer_key, record)) WITHOUT ROWID;
        CREATE INDEX officers_by_record ON officers (record, officer);
        CREATE INDEX records_by_date ON records (date);
        CREATE INDEX records_facets ON records (type, body_key, year, date, body);
        CREATE VIRTUAL TABLE fts USING fts5(title, text, names, content = 'records', content_rowid = 'rowid',
            tokenize = 'porter unicode61');
        """;

    public const string InsertRecord = """
        INSERT INTO records (rowid, id, type, body, body_key, date, year, title, text, names, summary)
        VALUES ($rowid, $id, $type, $body, $body_key, $date, $year, $title, $text, $names, $summary)
        """;

    public const string InsertOfficer = "INSERT OR IGNORE INTO officers (record, officer, officer_key) VALUES ($record, $officer, $key)";

    public const string Finish = """
        INSERT INTO fts (rowid, title, text, names) SELECT rowid, title, text, names FROM records;
        INSERT INTO fts (fts) VALUES ('optimize');
        ANALYZE;
        """;
}
