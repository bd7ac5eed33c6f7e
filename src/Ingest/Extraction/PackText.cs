namespace AgendaSearch.Ingest.Extraction;

/// <summary>The text of a whole pack: the boundary between PDF extraction and the pure parsers.</summary>
public sealed record PackText(string Source, IReadOnlyList<PackPage> Pages);
