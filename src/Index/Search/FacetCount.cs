namespace AgendaSearch.Index.Search;

public sealed record FacetCount(string Value, int Count);
