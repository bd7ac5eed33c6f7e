using Lucene.Net.Search;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// A query as run: <paramref name="Scored"/> matches and orders the hits (the user's query with the ranking
/// clauses of <see cref="RankedQuery"/>); <paramref name="Typed"/> is the user's query alone, whose words the
/// snippets mark. <paramref name="Relaxed"/>: the fallback that asks for most, not all, of the words.
/// <paramref name="Notes"/>: a note per matched term or phrase (as the explanation shows it, e.g. "medium term
/// financial strategy") to print beside it when a hit is explained, such as where an acronym expansion came from.
/// </summary>
internal sealed record QueryPlan(Query Scored, Query Typed, bool Relaxed, IReadOnlyDictionary<string, string> Notes)
{
    public static readonly IReadOnlyDictionary<string, string> NoNotes = new Dictionary<string, string>();
}
