namespace AgendaSearch.Ingest.Relevance;

/// <summary>One need's measures as a run recorded them (a line of bench/relevance/last-run.tsv).</summary>
public sealed record RecordedScore(string Set, string Need, string Kind, double Ndcg, double ReciprocalRank, double Recall);
