namespace AgendaSearch.Ingest.Extraction;

/// <summary>Rewrites a page's lines cell by cell, dropping cells and lines left empty.</summary>
internal static class LineEdits
{
    /// <summary>The page's lines without the given (line index, cell index) cells.</summary>
    public static IReadOnlyList<PageLine> RemoveCells(PackPage page, IReadOnlyCollection<(int Line, int Cell)> remove) =>
        remove.Count == 0
            ? page.Lines
            : MapCells(page.Lines, (line, cell, text) => remove.Contains((line, cell)) ? "" : text);

    /// <summary>
    /// The lines with each cell's text replaced by <paramref name="map"/>(line index, cell index,
    /// text); an empty result removes the cell. Unchanged lines are kept as they are.
    /// </summary>
    public static IReadOnlyList<PageLine> MapCells(IReadOnlyList<PageLine> lines, Func<int, int, string, string> map)
    {
        var result = new List<PageLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var cells = line.Columns;
            LineCell[]? edited = null;
            for (var c = 0; c < cells.Count; c++)
            {
                var text = map(i, c, cells[c].Text);
                if (text == cells[c].Text)
                    continue;
                edited ??= [.. cells];
                edited[c] = cells[c] with { Text = text };
            }
            var kept = edited is null ? line : line.WithCells(edited);
            if (kept is not null)
                result.Add(kept);
        }
        return result;
    }
}
