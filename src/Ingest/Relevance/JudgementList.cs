namespace AgendaSearch.Ingest.Relevance;

/// <summary>The needs a judgement file lists, and its malformed lines ("needs:12: ...").</summary>
public sealed record JudgementList(IReadOnlyList<InformationNeed> Needs, IReadOnlyList<string> Errors);
