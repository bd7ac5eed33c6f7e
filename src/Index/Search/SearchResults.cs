namespace AgendaSearch.Index.Search;

/// <summary>
/// One page of hits, the total, and facet counts keyed "type", "body", "year", "officer" and "council"
/// (every key present, highest count first); each facet counts the query with every filter but its own.
/// </summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    /// <summary>The acronym expansions the query was searched with ("Also searched: ..."), in the order applied.</summary>
    public IReadOnlyList<QueryExpansion> Expansions { get; init; } = [];
}
