using AgendaSearch.Fts5Server;
using AgendaSearch.Fts5Server.Postgres;

// The full-text baselines of the search benchmark. build/serve: the records of a built Lucene index in SQLite FTS5;
// pg-build/pg-serve: the same records in PostgreSQL full-text search (tsvector, GIN, ts_rank).
return args switch
{
    ["build", "--index", var index, "--db", var db] => Fts5Builder.Run(index, db),
    ["serve", "--db", var db, .. var rest] => Fts5Search.Serve(db, rest),
    ["pg-build", "--index", var index, "--connection", var connection] => PgBuilder.Run(index, connection),
    ["pg-serve", "--connection", var connection, .. var rest] => PgSearch.Serve(connection, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Fts5Server build --index LUCENE_DIR --db FILE              copy the index's records into SQLite FTS5");
    Console.Error.WriteLine("       Fts5Server serve --db FILE --urls URL                     GET /api/search (q, type, body, officer, year, from, to, sort, page, pageSize)");
    Console.Error.WriteLine("       Fts5Server pg-build --index LUCENE_DIR --connection CS     copy the index's records into PostgreSQL (tsvector, GIN)");
    Console.Error.WriteLine("       Fts5Server pg-serve --connection CS --urls URL            the same GET /api/search from PostgreSQL");
    return 2;
}
