namespace AgendaSearch.SearchApi.Contracts;

/// <summary>"ok" and how many records the index serves.</summary>
internal sealed record HealthResponse(string Status, int Records);
