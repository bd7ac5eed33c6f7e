namespace AgendaSearch.SearchApi.Contracts;

/// <summary>
/// The journal's last position (head), the last one this node's index holds (applied) and the difference (lag).
/// A node without the search role applies nothing: applied is the head and lag 0.
/// </summary>
internal sealed record JournalHealth(long Head, long Applied, long Lag);
