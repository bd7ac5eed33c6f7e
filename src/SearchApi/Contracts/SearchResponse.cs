namespace AgendaSearch.SearchApi.Contracts;

/// <summary>
/// One page of hits: <see cref="Total"/> counts every match, <see cref="Hits"/> holds at most PageSize.
/// <see cref="Relaxed"/>: no record had every word of the query, so the hits are the records with most of its
/// content words (question words such as "what did" left out).
/// </summary>
internal sealed record SearchResponse(int Total, int Page, int PageSize, IReadOnlyList<RecordSummary> Hits, SearchFacets Facets, bool Relaxed);
