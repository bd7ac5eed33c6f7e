namespace AgendaSearch.PackGenerator.Layout;

/// <summary>
/// A pack laid out: its pages, the number printed on each (null when none), and the physical first and last page
/// of each item that has pages (the minutes and the reports).
/// </summary>
internal sealed record ComposedPack(
    IReadOnlyList<Canvas> Pages,
    IReadOnlyList<int?> Printed,
    int FrontPages,
    IReadOnlyDictionary<int, (int First, int Last)> ItemPages);
