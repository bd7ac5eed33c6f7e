namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// One line of text on a page in reading order, with the geometry and typography the
/// structure parsers use (indent, headings in bold or larger type). Coordinates are PDF
/// points with the origin at the bottom left, as PdfPig reports them; <see cref="Y"/> is the baseline.
/// <see cref="Cells"/> are the line's columns left to right (one cell for plain prose) and
/// <see cref="Text"/> is the cells joined with a single space, so text parsers need not care about
/// columns while column-aware parsers read <see cref="Cells"/>. Cells is null only for lines built
/// by hand (tests) without column information.
/// </summary>
public sealed record PageLine(
    string Text,
    double X,
    double Y,
    double Width,
    double FontSize,
    bool Bold,
    IReadOnlyList<LineCell>? Cells = null)
{
    /// <summary>The cells, or the whole line as one cell when it was built without them.</summary>
    public IReadOnlyList<LineCell> Columns => Cells ?? [new LineCell(X, Text, Width)];

    /// <summary>
    /// This line with its cells replaced (after a cleaning stage edited or removed some); text and
    /// extent follow the cells. Null when no cell is left.
    /// </summary>
    internal PageLine? WithCells(IReadOnlyList<LineCell> cells)
    {
        var kept = cells.Where(c => c.Text.Length > 0).ToArray();
        if (kept.Length == 0)
            return null;
        var left = kept[0].X;
        var right = kept[^1].X + kept[^1].Width;
        return this with
        {
            Text = string.Join(' ', kept.Select(c => c.Text)),
            X = left,
            Width = right - left,
            Cells = kept,
        };
    }
}
