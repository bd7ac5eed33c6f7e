using AgendaSearch.Fts5Server;

// build: copy the records of a built Lucene index into an FTS5 database; serve: answer /api/search from it.
return args switch
{
    ["build", "--index", var index, "--db", var db] => Fts5Builder.Run(index, db),
    ["serve", "--db", var db, .. var rest] => Fts5Endpoint.Run(db, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Fts5Server build --index LUCENE_DIR --db FILE   copy the index's records into SQLite FTS5");
    Console.Error.WriteLine("       Fts5Server serve --db FILE --urls URL          GET /api/search (q, type, body, officer, year, from, to, sort, page, pageSize)");
    return 2;
}
