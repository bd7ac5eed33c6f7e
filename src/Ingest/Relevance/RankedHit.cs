namespace AgendaSearch.Ingest.Relevance;

/// <summary>One hit of a judged query: the record's id, kind and title, and its grade (null when unjudged).</summary>
public sealed record RankedHit(string Id, string Kind, string Title, int? Grade);
