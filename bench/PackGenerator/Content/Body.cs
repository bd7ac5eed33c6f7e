namespace AgendaSearch.PackGenerator.Content;

/// <summary>
/// A committee. <see cref="Short"/> is how its own minutes name it ("the Commission considered a report");
/// <see cref="ChairTitle"/> is who replies to public questions; <see cref="Remit"/> lists the department keys whose
/// topics come to it.
/// </summary>
internal sealed record Body(
    string Name,
    string Short,
    BodyKind Kind,
    IReadOnlyList<Councillor> Members,
    string ChairTitle,
    IReadOnlyList<string> Remit)
{
    public Councillor Chair => Members[0];

    public string Slug => string.Join('-', Name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
