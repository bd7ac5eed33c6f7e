using AgendaSearch.Index.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Queries.Function;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// The user's query with what orders its hits (<see cref="RankingOptions"/>): for plain words, optional clauses
/// for the words as a phrase (title and text) and near one another (text), which add to a record's score but
/// never change what matches; and the kind prior (<see cref="KindPrior"/>) as a multiplier.
/// </summary>
internal static class RankedQuery
{
    /// <summary>
    /// Subject words a query needs for the relaxed fallback: a question typed as a sentence has several, while two
    /// words that match nothing together are better left to the user (the page suggests OR).
    /// </summary>
    public const int RelaxedMinimumWords = 3;

    /// <exception cref="Search.QuerySyntaxException">The text cannot be parsed.</exception>
    public static QueryPlan Plan(string? text, Analyzer analyzer, RankingOptions ranking)
    {
        var words = Subject(PlainWords.Of(text), ranking);
        var typed = UserQueryParser.Parse(words is null ? text : string.Join(' ', words), analyzer, ranking);
        return new QueryPlan(Rank(typed, text, words, analyzer, ranking), typed, Relaxed: false, QueryPlan.NoNotes);
    }

    /// <summary>
    /// The relaxed fallback of <paramref name="text"/> (<see cref="RankingOptions.RelaxedFallback"/>): its content
    /// words, most of which must match. Null when the query is not plain words or has nothing to relax.
    /// </summary>
    public static QueryPlan? Relaxed(string? text, Analyzer analyzer, RankingOptions ranking)
    {
        if (!ranking.RelaxedFallback || Subject(PlainWords.Of(text), ranking) is not { Count: >= RelaxedMinimumWords } words)
        {
            return null;
        }

        var typed = UserQueryParser.ParseAny(words, ranking.RelaxedShare, analyzer, ranking);
        return new QueryPlan(Rank(typed, text, words, analyzer, ranking), typed, Relaxed: true, QueryPlan.NoNotes);
    }

    /// <summary>
    /// The plain words every hit must have: without question words and decision words (<see cref="RankingOptions.SkipQuestionWords"/>,
    /// <see cref="RankingOptions.SkipDecisionWords"/>) while other words remain. Null for a query that is not plain words.
    /// </summary>
    private static IReadOnlyList<string>? Subject(IReadOnlyList<string>? words, RankingOptions ranking)
    {
        if (words is not null && ranking.SkipQuestionWords && PlainWords.Content(words) is { Count: > 0 } content)
        {
            words = content;
        }

        if (words is not null && ranking.SkipDecisionWords && PlainWords.WithoutDecisionWords(words) is { Count: > 0 } subject)
        {
            words = subject;
        }

        return words;
    }

    private static Query Rank(Query typed, string? text, IReadOnlyList<string>? words, Analyzer analyzer, RankingOptions ranking)
    {
        var query = typed;
        if (words is { Count: > 1 } && (ranking.PhraseWeight > 0 || ranking.ProximityWeight > 0)
            && Positions(analyzer, string.Join(' ', words)) is { Count: > 1 } terms)
        {
            var ranked = new BooleanQuery(disableCoord: true) { { typed, Occur.MUST } };
            if (ranking.PhraseWeight > 0)
            {
                ranked.Add(Phrase(FieldNames.Title, terms, 0, ranking.PhraseWeight * ranking.TitleWeight), Occur.SHOULD);
                ranked.Add(Phrase(FieldNames.Text, terms, 0, ranking.PhraseWeight * ranking.TextWeight), Occur.SHOULD);
            }

            if (ranking.ProximityWeight > 0 && ranking.ProximitySlop > 0)
            {
                ranked.Add(Phrase(FieldNames.Text, terms, ranking.ProximitySlop, ranking.ProximityWeight * ranking.TextWeight), Occur.SHOULD);
            }

            query = ranked;
        }

        // A blank query lists by date, where a score multiplier would only cost a lookup per record.
        return !string.IsNullOrWhiteSpace(text) && KindPrior.For(text, ranking) is { } prior ? new BoostedQuery(query, prior) : query;
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<(string Term, int Position)> terms, int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    /// <summary>
    /// The text's terms as the text field indexes them, with positions (a dropped stop word leaves a gap, as in the
    /// index); null when a position holds two terms (a word indexed with its parts), which a phrase would require both of.
    /// </summary>
    private static List<(string Term, int Position)>? Positions(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(FieldNames.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement == 0)
            {
                return null;
            }

            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }
}
