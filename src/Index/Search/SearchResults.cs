namespace AgendaSearch.Index.Search;

/// <summary>
/// One page of hits, the total, and facet counts keyed "type", "body", "year", "officer" and "council"
/// (every key present, highest count first); each facet counts the query with every filter but its own.
/// </summary>
/// <see cref="Relaxed"/>: no record had every word of the query, so these are the records with most of its content
/// words (RankingOptions.RelaxedFallback).
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    public bool Relaxed { get; init; }
}
