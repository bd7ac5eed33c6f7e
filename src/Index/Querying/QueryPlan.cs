using AgendaSearch.Index.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// A query as run: <paramref name="Scored"/> matches and orders the hits (the user's query with the ranking
/// clauses of <see cref="RankedQuery"/>); <paramref name="Typed"/> is the user's query alone, whose words the
/// snippets mark. <paramref name="Relaxed"/>: the fallback that asks for most, not all, of the words.
/// <paramref name="Notes"/>: a note per matched term or phrase, keyed as an explanation names it (the analysed
/// terms, space-separated: see <see cref="WithNotes"/>), printed beside its line when a hit is explained, such as
/// where an acronym expansion came from.
/// </summary>
internal sealed record QueryPlan(Query Scored, Query Typed, bool Relaxed, IReadOnlyDictionary<string, string> Notes)
{
    public static readonly IReadOnlyDictionary<string, string> NoNotes = new Dictionary<string, string>();

    /// <summary>
    /// This plan with a note for each text as typed (an acronym's long form, "Medium Term Financial Strategy"), keyed
    /// by its terms as the text field analyses them ("medium term financi strategi"), which is how an explanation of
    /// a clause that searched it names it.
    /// </summary>
    public QueryPlan WithNotes(IEnumerable<(string Typed, string Note)> notes, Analyzer analyzer)
    {
        var keyed = new Dictionary<string, string>(Notes, StringComparer.Ordinal);
        foreach (var (typed, note) in notes)
        {
            if (Key(typed, analyzer) is { Length: > 0 } key)
            {
                keyed[key] = note;
            }
        }

        return this with { Notes = keyed };
    }

    private static string Key(string typed, Analyzer analyzer)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(FieldNames.Text, typed);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            // A dropped stop word shows as "?" in a phrase's explanation, as Lucene prints the phrase.
            for (var gap = 1; gap < increment.PositionIncrement && terms.Count > 0; gap++)
            {
                terms.Add("?");
            }

            if (increment.PositionIncrement > 0)
            {
                terms.Add(term.ToString());
            }
        }

        stream.End();
        return string.Join(' ', terms);
    }
}
