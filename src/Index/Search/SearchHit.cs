using AgendaSearch.Records;

namespace AgendaSearch.Index.Search;

/// <summary>
/// A hit: the stored record, its score, and the best passage with matches in &lt;mark&gt;; when the request asked
/// (<see cref="SearchRequest.Explain"/>), why it scored what it did.
/// </summary>
public sealed record SearchHit(SearchRecord Record, float Score, Snippet Snippet)
{
    public HitExplanation? Explanation { get; init; }
}
