namespace AgendaSearch.Index.Search;

/// <summary>A record that prints a definition: its id, pack, the page the definition is on, and its title.</summary>
public sealed record GlossaryPlace(string RecordId, string PackId, int? Page, string Title);
