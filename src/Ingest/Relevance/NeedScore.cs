namespace AgendaSearch.Ingest.Relevance;

/// <summary>A need's measures: the mean over its queries of nDCG@10, reciprocal rank and recall@20.</summary>
public sealed record NeedScore(ResolvedNeed Resolved, IReadOnlyList<QueryScore> Queries)
{
    public InformationNeed Need => Resolved.Need;

    public double Ndcg => Queries.Count == 0 ? 0 : Queries.Average(q => q.Ndcg);

    public double ReciprocalRank => Queries.Count == 0 ? 0 : Queries.Average(q => q.ReciprocalRank);

    public double Recall => Queries.Count == 0 ? 0 : Queries.Average(q => q.Recall);
}
