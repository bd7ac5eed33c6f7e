using AgendaSearch.Records;

namespace AgendaSearch.Index.Search;

/// <summary>
/// A search: <see cref="Query"/> in Lucene classic syntax (empty means every record under the
/// filters); filters are OR within a facet and AND across facets; dates inclusive.
/// <see cref="Page"/> is 1-based.
/// </summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }
    public IReadOnlyList<RecordKind> Types { get; init; } = [];
    public IReadOnlyList<string> Bodies { get; init; } = [];
    /// <summary>Councils by name or slug (SearchRecord.Council).</summary>
    public IReadOnlyList<string> Councils { get; init; } = [];
    public IReadOnlyList<string> Officers { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    /// <summary>At most this many values per facet, highest counts first; null returns every value.</summary>
    public int? FacetLimit { get; init; }
    /// <summary>Explain each hit of the page (<see cref="SearchHit.Explanation"/>): costly, for tuning and "why this result?".</summary>
    public bool Explain { get; init; }
}
