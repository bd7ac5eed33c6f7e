namespace AgendaSearch.PackGenerator.Output.Truth;

/// <summary>
/// An agenda item. <see cref="StatedPages"/> is the "(Pages x - y)" the front sheet prints (printed numbers);
/// <see cref="Pages"/> the physical first and last page of the item's section; <see cref="Stamp"/> whether its
/// first page carries an "Agenda Item N" stamp.
/// </summary>
internal sealed record ItemTruth(
    int Number,
    string Title,
    string? ReportBy,
    IReadOnlyList<int>? StatedPages,
    IReadOnlyList<int>? Pages,
    IReadOnlyList<string>? Officers,
    bool Stamp);
