namespace AgendaSearch.Fts5Server;

/// <summary>What a term of the query is: a word, a "phrase", a prefix* or the OR between two terms.</summary>
internal enum TermKind { Word, Phrase, Prefix, Or }

/// <summary>One term of the query, its text without quotes or the trailing star.</summary>
internal sealed record QueryTerm(TermKind Kind, string Text);

/// <summary>
/// The subset of the API's query syntax the benchmark sends, split into terms that each baseline turns into its own
/// query language: words (all must match, like the API's default AND), "phrases", prefix* and OR. AND is the default
/// and is dropped.
/// </summary>
internal static class QueryTerms
{
    public static List<QueryTerm> Parse(string query)
    {
        var terms = new List<QueryTerm>();
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
                Add(terms, TermKind.Phrase, query[(i + 1)..end]);
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"')
                i++;
            var word = query[start..i];
            if (word == "OR")
                terms.Add(new QueryTerm(TermKind.Or, word));
            else if (word != "AND")
                Add(terms, word.EndsWith('*') ? TermKind.Prefix : TermKind.Word, word.TrimEnd('*'));
        }
        return terms;
    }

    private static void Add(List<QueryTerm> terms, TermKind kind, string text)
    {
        if (text.Trim().Length > 0)
            terms.Add(new QueryTerm(kind, text.Trim()));
    }
}
