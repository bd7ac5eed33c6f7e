namespace AgendaSearch.Ingest.Relevance;

/// <summary>
/// What a user wants (<see cref="Want"/>), the queries they would type for it and the graded records that answer it.
/// <see cref="Set"/> names the list it comes from (the file name: "needs", or "heldout" which ranking must not be tuned on).
/// </summary>
public sealed record InformationNeed(
    string Set,
    string Id,
    NeedKind Kind,
    string Want,
    IReadOnlyList<NeedQuery> Queries,
    IReadOnlyList<Judgement> Judgements,
    int Line);
