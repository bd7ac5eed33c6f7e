namespace AgendaSearch.SearchApi.Contracts;

/// <summary>Where to go from a record; <see cref="Meeting"/> and <see cref="Parent"/> are null when it has none.</summary>
internal sealed record DocumentLinks(string Self, string Pdf, string? Meeting, string? Parent, string Related, string Trail);
