namespace AgendaSearch.PackGenerator.Layout;

/// <summary>
/// Pours rows of wrapped text down pages: a row is one or more cells side by side (a numbered paragraph is label +
/// text, an agenda line is number + title + report by + pages). A row that does not fit continues on a new page
/// line by line, so reports run over many pages. The foot of each page is left free for the page number.
/// </summary>
internal sealed class Flow
{
    public const double Top = 770;
    public const double Bottom = 80;
    private double y;

    public Flow() => NewPage();

    public List<Canvas> Pages { get; } = [];

    public Canvas Page => Pages[^1];

    public void NewPage()
    {
        Pages.Add(new Canvas());
        y = Top;
    }

    public void Gap(double points) => y -= points;

    /// <summary>Starts a new page unless <paramref name="points"/> still fit; keeps a heading with its first lines.</summary>
    public void KeepRoom(double points)
    {
        if (y - points < Bottom && y < Top)
            NewPage();
    }

    public void Row(double size, params Cell[] cells)
    {
        var leading = size * 1.3;
        var wrapped = cells.Select(c => LineBreaker.Wrap(c.Text, c.Face, size, c.Width)).ToArray();
        var count = wrapped.Max(w => w.Count);
        for (var line = 0; line < count; line++)
        {
            if (y - leading < Bottom)
                NewPage();
            var baseline = y - size;
            for (var c = 0; c < cells.Length; c++)
            {
                if (line >= wrapped[c].Count || wrapped[c][line].Length == 0)
                    continue;
                var (cell, text) = (cells[c], wrapped[c][line]);
                var spare = cell.Width - FontMetrics.Width(text, cell.Face, size);
                var x = cell.Align switch { Align.Right => cell.X + spare, Align.Centre => cell.X + spare / 2, _ => cell.X };
                Page.Text(text, x, baseline, size, cell.Face);
            }
            y -= leading;
        }
    }

    /// <summary>One full-width line or paragraph.</summary>
    public void Line(string text, double size, Face face = Face.Regular, double indent = 0, Align align = Align.Left) =>
        Row(size, new Cell(text, Canvas.Left + indent, Canvas.Right - Canvas.Left - indent, face, align));
}
