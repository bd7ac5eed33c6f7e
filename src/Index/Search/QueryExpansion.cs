namespace AgendaSearch.Index.Search;

/// <summary>
/// An acronym expansion a search applied: the query named <see cref="Acronym"/> and also searched
/// <see cref="LongForm"/>, or the reverse (<see cref="FromLongForm"/>), within <see cref="Council"/>'s records
/// (null: every council whose papers do not give the acronym another meaning). <see cref="DefinedIn"/> says where
/// the papers print it ("pack p.N"; null for the built-in list).
/// </summary>
public sealed record QueryExpansion(
    string Acronym,
    string LongForm,
    string? Council,
    GlossarySource Source,
    bool FromLongForm,
    string? DefinedIn)
{
    /// <summary>"MTFS = Medium Term Financial Strategy, defined in PACK p.N": a line for an explanation of the ranking.</summary>
    public string Note =>
        $"{Acronym} = {LongForm}"
        + (Council is null ? "" : $" ({Council})")
        + (DefinedIn is null ? ", from the built-in list of local-government acronyms" : $", defined in {DefinedIn}");
}
