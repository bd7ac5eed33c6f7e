using AgendaSearch.Index.Search;

namespace AgendaSearch.SearchApi.Contracts;

/// <summary>One page of hits: <see cref="Total"/> counts every match, <see cref="Hits"/> holds at most PageSize.</summary>
internal sealed record SearchResponse(int Total, int Page, int PageSize, IReadOnlyList<RecordSummary> Hits, SearchFacets Facets)
{
    /// <summary>The acronyms and long forms the query was also searched with ("Also searched: ..."), each within its council.</summary>
    public IReadOnlyList<QueryExpansion> Expansions { get; init; } = [];
}
