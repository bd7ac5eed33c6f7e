namespace AgendaSearch.Ingest.Relevance;

/// <summary>
/// A need with the grade of every record id its judgements name, the ids each judgement named (<see cref="Named"/>,
/// in the order of the judgements; a judgement naming several records may be worded too loosely), and the
/// judgements that named none.
/// </summary>
public sealed record ResolvedNeed(
    InformationNeed Need,
    IReadOnlyDictionary<string, int> Grades,
    IReadOnlyList<string> Errors,
    IReadOnlyList<IReadOnlyList<string>> Named);
