namespace AgendaSearch.Ingest.Relevance;

/// <summary>A need with the grade of every record id its judgements name, and the judgements that named none.</summary>
public sealed record ResolvedNeed(InformationNeed Need, IReadOnlyDictionary<string, int> Grades, IReadOnlyList<string> Errors);
