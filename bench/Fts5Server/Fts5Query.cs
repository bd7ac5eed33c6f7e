namespace AgendaSearch.Fts5Server;

/// <summary>
/// The query's terms (<see cref="QueryTerms"/>) as an FTS5 MATCH expression. Every word is quoted so hyphens and
/// apostrophes stay literal.
/// </summary>
internal static class Fts5Query
{
    public static string From(string query) => string.Join(' ', QueryTerms.Parse(query).Select(t => t.Kind switch
    {
        TermKind.Or => "OR",
        TermKind.Prefix => Quote(t.Text) + "*",
        _ => Quote(t.Text),
    }));

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";
}
