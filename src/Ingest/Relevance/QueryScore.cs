namespace AgendaSearch.Ingest.Relevance;

/// <summary>
/// The measures of one query of a need, the first hits (id and grade, for reading why a need scores as it does),
/// and the error when the query cannot be searched (it then scores 0).
/// </summary>
public sealed record QueryScore(NeedQuery Query, double Ndcg, double ReciprocalRank, double Recall, IReadOnlyList<RankedHit> Hits, string? Error = null);
