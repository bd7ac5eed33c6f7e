namespace AgendaSearch.Ingest.Officers;

/// <summary>
/// One person across the forms a pack names them in ("Mr C Tambini", "Chris Tambini, Director of
/// Corporate Resources"). <see cref="Name"/> is the fullest form; <see cref="Aliases"/> the others.
/// </summary>
public sealed record Officer(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    string? Phone = null,
    string? Email = null,
    IReadOnlyList<int>? Items = null);
