using AgendaSearch.Records;

namespace AgendaSearch.Index.Search;

/// <summary>A hit: the stored record, its score, and the best passage with matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(SearchRecord Record, float Score, Snippet Snippet);
