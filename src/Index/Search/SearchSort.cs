namespace AgendaSearch.Index.Search;

public enum SearchSort
{
    Relevance,
    /// <summary>Newest meeting first.</summary>
    Date,
}
