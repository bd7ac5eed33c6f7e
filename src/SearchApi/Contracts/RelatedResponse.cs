namespace AgendaSearch.SearchApi.Contracts;

/// <summary>Records like the one asked about, best first; each hit's snippet shows the shared words.</summary>
internal sealed record RelatedResponse(IReadOnlyList<RecordSummary> Hits);
