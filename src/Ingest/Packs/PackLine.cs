using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Packs;

/// <summary>
/// One cleaned line of a pack in reading order. <see cref="Index"/> is its position in the whole
/// pack; <see cref="GapAbove"/> is the vertical distance to the line above on the same page
/// (<see cref="PageTop"/> for the first line of a page), which separates the cells of agenda
/// tables rendered as stacked lines. <see cref="Cells"/> are the columns of a table row as extraction
/// found them (null for a line of one column), for tables whose columns the joined text cannot tell apart.
/// </summary>
internal sealed record PackLine(int Index, int Page, string Text, double X, double FontSize, double GapAbove, IReadOnlyList<LineCell>? Cells = null)
{
    public const double PageTop = 1000;

    public bool FirstOnPage => GapAbove >= PageTop;

    /// <summary>True when the gap above is wider than ordinary line spacing: a new paragraph or cell.</summary>
    public bool AfterBreak => GapAbove > FontSize * 1.75;
}
