using AgendaSearch.Index.Search;

namespace AgendaSearch.SearchApi.Contracts;

/// <summary>
/// The acronyms of one council (<see cref="Council"/>; null: every council), sorted by acronym: those its papers
/// define, with the records that print each, and from the built-in list those they never define.
/// </summary>
internal sealed record GlossaryResponse(string? Council, int Total, IReadOnlyList<GlossaryEntry> Entries);
