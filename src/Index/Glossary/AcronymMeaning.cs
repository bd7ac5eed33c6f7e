using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Glossary;

/// <summary>
/// One meaning of an acronym: in one council's papers (<see cref="Scope"/>, the records that print it counted and
/// their definition terms kept to find them), or from the built-in list (<see cref="Scope"/> null: every council
/// whose papers do not mean something else by it).
/// </summary>
internal sealed record AcronymMeaning(
    string? Scope,
    string Acronym,
    string LongForm,
    GlossarySource Source,
    int Records,
    IReadOnlyList<string> Terms)
{
    public string Key { get; } = LongForms.Key(LongForm);

    /// <summary>The long form's words a query keeps (stop words go), to know it typed as words or a phrase.</summary>
    public string MatchKey { get; } = LongForms.MatchKey(LongForm);

    /// <summary>The council to show: null for the built-in list and for records of no council.</summary>
    public string? Council => Scope is null or GlossaryFields.NoCouncil ? null : Scope;
}
