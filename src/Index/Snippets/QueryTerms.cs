using AgendaSearch.Index.Documents;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Snippets;

/// <summary>
/// The words and phrases of a parsed query that a snippet should mark: terms of the title and
/// text fields under clauses that are not excluded (NOT/-). Read from the parsed query rather than
/// the rewritten one, because a rewritten prefix or wildcard may become a filter with no terms.
/// </summary>
internal sealed class QueryTerms
{
    private QueryTerms()
    {
    }

    public List<TermPattern> Words { get; } = [];

    /// <summary>Each phrase as its terms and their positions relative to the first.</summary>
    public List<(string Key, string[] Terms, int[] Offsets)> Phrases { get; } = [];

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    public static QueryTerms From(Query query)
    {
        var terms = new QueryTerms();
        terms.Visit(query);
        return terms;
    }

    private void Visit(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => !c.IsProhibited))
                {
                    Visit(clause.Query);
                }

                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts)
                {
                    Visit(disjunct);
                }

                break;
            case ConstantScoreQuery { Query: { } inner }:
                Visit(inner);
                break;
            case TermQuery term when IsText(term.Term.Field):
                AddWord(TermPattern.Kind.Exact, term.Term.Text);
                break;
            case PrefixQuery prefix when IsText(prefix.Prefix.Field):
                AddWord(TermPattern.Kind.Prefix, prefix.Prefix.Text);
                break;
            case FuzzyQuery fuzzy when IsText(fuzzy.Term.Field):
                AddWord(TermPattern.Kind.Fuzzy, fuzzy.Term.Text, fuzzy.MaxEdits);
                break;
            case WildcardQuery wildcard when IsText(wildcard.Term.Field):
                AddWord(TermPattern.Kind.Wildcard, wildcard.Term.Text);
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } parts && IsText(parts[0].Field):
                AddPhrase(parts.Select(t => t.Text).ToArray(), phrase.GetPositions());
                break;
        }
    }

    private static bool IsText(string field) =>
        field is FieldNames.Text or FieldNames.Title or FieldNames.TextWords or FieldNames.TitleWords;

    private void AddWord(TermPattern.Kind kind, string value, int maxEdits = 0)
    {
        var key = $"{kind}:{value}";
        if (Words.All(w => w.Key != key))
        {
            Words.Add(new TermPattern(key, kind, value, maxEdits));
        }
    }

    private void AddPhrase(string[] terms, int[] positions)
    {
        var key = "phrase:" + string.Join(' ', terms);
        if (Phrases.All(p => p.Key != key))
        {
            Phrases.Add((key, terms, positions.Select(p => p - positions[0]).ToArray()));
        }
    }
}
