using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Tests.Extraction;

/// <summary>Small hand-made A4 pages for the pure cleaning stages.</summary>
internal static class Synthetic
{
    public const double Width = 595;
    public const double Height = 842;

    /// <summary>A body line near the top of the text area.</summary>
    public const double BodyTop = 760;

    /// <summary>Where Word puts a header and footer: about half an inch from the edge.</summary>
    public const double HeaderY = 806;
    public const double FooterY = 36;

    /// <summary>A line of one cell; width guessed from the text at half a font size a character.</summary>
    public static PageLine Line(string text, double y, double x = 72, double size = 11, bool bold = false) =>
        Cells(y, size, bold, (x, text));

    /// <summary>A line of several cells at the given x positions.</summary>
    public static PageLine Cells(double y, double size, bool bold, params (double X, string Text)[] cells)
    {
        var list = cells.Select(c => new LineCell(c.X, c.Text, c.Text.Length * size * 0.5)).ToArray();
        var right = list[^1].X + list[^1].Width;
        return new PageLine(string.Join(' ', cells.Select(c => c.Text)), list[0].X, y, right - list[0].X, size, bold, list);
    }

    public static PageLine Cells(double y, params (double X, string Text)[] cells) => Cells(y, 11, false, cells);

    /// <summary>A page with its lines in reading order (top to bottom), as the reader delivers them.</summary>
    public static PackPage Page(int number, params PageLine[] lines) =>
        new(number, null, Width, Height, lines.OrderByDescending(l => l.Y).ToArray());

    /// <summary>A page of body text: <paramref name="count"/> lines from the top, 15 points apart.</summary>
    public static PageLine[] Body(string prefix, int count = 3) =>
        Enumerable.Range(0, count).Select(i => Line($"{prefix} line {i + 1} of body text", BodyTop - 15 * i)).ToArray();

    /// <summary>
    /// Pages of body text and a last body line, under a footer block a US clerk prints: "Special Meeting" and
    /// "Alameda City Council" in small type above the margin band, the date and page number in it.
    /// </summary>
    public static PackPage[] WithFooterBlock(int count) => Enumerable.Range(1, count).Select(n => Page(n,
    [
        .. Body($"page {n}"),
        Line("Resolution No. 15948, appointing a member of the Civil", 110, size: 11),
        Line("Special Meeting", 92, size: 8),
        Line("Alameda City Council", 82, size: 8),
        Line($"August 9, 2022   {n}", FooterY, size: 11),
    ])).ToArray();

    public static string[] Texts(PackPage page) => page.Lines.Select(l => l.Text).ToArray();
}
