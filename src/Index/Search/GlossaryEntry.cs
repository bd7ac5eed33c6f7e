namespace AgendaSearch.Index.Search;

/// <summary>
/// One meaning of an acronym for one council: printed in its papers (<see cref="Places"/> counts the records that
/// define it, <see cref="DefinedIn"/> lists some of them) or from the built-in list (no places).
/// </summary>
public sealed record GlossaryEntry(
    string Acronym,
    string LongForm,
    string? Council,
    GlossarySource Source,
    int Places,
    IReadOnlyList<GlossaryPlace> DefinedIn);
