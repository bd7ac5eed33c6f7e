namespace AgendaSearch.Index.Search;

/// <summary>One page of hits, the total, and facet counts (type, body, year, officer) for the query and filters.</summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);
