using System.Text;

namespace AgendaSearch.Fts5Server;

/// <summary>
/// The subset of the API's query syntax the benchmark sends, as an FTS5 MATCH expression: words (all must match, like
/// the API's default AND), "phrases", prefix* and OR. Every word is quoted so hyphens and apostrophes stay literal.
/// </summary>
internal static class Fts5Query
{
    public static string From(string query)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i]))
            {
                i++;
                continue;
            }
            if (query[i] == '"')
            {
                var end = query.IndexOf('"', i + 1);
                end = end < 0 ? query.Length : end;
                parts.Add(Quote(query[(i + 1)..end]));
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"')
                i++;
            parts.Add(Word(query[start..i]));
        }
        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    private static string Word(string word) => word switch
    {
        "OR" or "AND" => word,
        _ when word.EndsWith('*') => Quote(word.TrimEnd('*')) + "*",
        _ => Quote(word),
    };

    private static string Quote(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? "" : new StringBuilder("\"").Append(trimmed.Replace("\"", "\"\"")).Append('"').ToString();
    }
}
