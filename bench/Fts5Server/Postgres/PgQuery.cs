using System.Text.RegularExpressions;

namespace AgendaSearch.Fts5Server.Postgres;

/// <summary>
/// The query's terms (<see cref="QueryTerms"/>) as a tsquery expression in SQL, its texts as parameters: a word through
/// plainto_tsquery, a phrase through phraseto_tsquery (both stem and drop stop words as the tsvector did), a prefix
/// as 'word':* through to_tsquery. Terms are ANDed (&&), as the API's default; OR (||) joins the terms either side of it.
/// </summary>
internal static partial class PgQuery
{
    public static (string Sql, List<string> Values) From(string query)
    {
        var groups = new List<List<string>>();
        var values = new List<string>();
        var joinNext = false;
        foreach (var term in QueryTerms.Parse(query))
        {
            if (term.Kind == TermKind.Or)
            {
                joinNext = groups.Count > 0;
                continue;
            }
            var clause = Clause(term, values);
            if (clause is null)
                continue;
            if (joinNext)
                groups[^1].Add(clause);
            else
                groups.Add([clause]);
            joinNext = false;
        }
        var sql = groups.Count == 0
            ? "''::tsquery"
            : string.Join(" && ", groups.Select(g => g.Count == 1 ? g[0] : "(" + string.Join(" || ", g) + ")"));
        return (sql, values);
    }

    private static string? Clause(QueryTerm term, List<string> values)
    {
        string function;
        string value;
        if (term.Kind == TermKind.Prefix)
        {
            var lexemes = Lexeme().Matches(term.Text).Select(m => m.Value).ToList();
            if (lexemes.Count == 0)
                return null;
            function = "to_tsquery";
            value = string.Join(" & ", lexemes) + ":*";
        }
        else
        {
            function = term.Kind == TermKind.Phrase ? "phraseto_tsquery" : "plainto_tsquery";
            value = term.Text;
        }
        values.Add(value);
        return $"{function}('english', ${values.Count})";
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Lexeme();
}
