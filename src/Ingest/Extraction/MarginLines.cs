namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// The lines printed in a page's top or bottom margin, where running headers, footers, page numbers
/// and stamps live. Word and Aspose put them about half an inch from the edge and body text an inch
/// in; Chrome prints its page number a third of an inch up and body text an inch in. The band is
/// narrower than the body margin, and only the few outermost lines count.
/// </summary>
internal static class MarginLines
{
    /// <summary>Share of the page height, from each edge, that counts as margin.</summary>
    public const double Band = 0.075;

    /// <summary>At most this many lines from each edge: a running footer above a page number.</summary>
    public const int Depth = 3;

    public static bool InTopBand(PackPage page, PageLine line) => line.Y >= page.Height * (1 - Band);

    public static bool InBottomBand(PackPage page, PageLine line) => line.Y <= page.Height * Band;

    /// <summary>Indexes into <see cref="PackPage.Lines"/> of the margin lines, top ones first.</summary>
    public static IEnumerable<(int Index, bool Top)> Of(PackPage page)
    {
        var lines = page.Lines;
        var top = 0;
        for (; top < Math.Min(Depth, lines.Count) && InTopBand(page, lines[top]); top++)
            yield return (top, true);
        for (var i = lines.Count - 1; i >= Math.Max(top, lines.Count - Depth) && InBottomBand(page, lines[i]); i--)
            yield return (i, false);
    }

    /// <summary>
    /// <see cref="Of"/> plus the lines stacked on a margin line in smaller type than the page's text: a footer
    /// block ("Special Meeting" / "Alameda City Council" / "August 9, 2022   3") can reach above the band
    /// while its last line sits in it. Still only the <see cref="Depth"/> outermost lines of each edge.
    /// </summary>
    public static IEnumerable<(int Index, bool Top, bool InBand)> Stacked(PackPage page)
    {
        var lines = page.Lines;
        if (lines.Count == 0)
        {
            yield break;
        }

        var text = lines.GroupBy(l => Math.Round(l.FontSize)).MaxBy(g => g.Count())!.Key;
        var top = 0;
        for (; top < Math.Min(Depth, lines.Count) && (InTopBand(page, lines[top]) || (top > 0 && Math.Round(lines[top].FontSize) < text)); top++)
            yield return (top, true, InTopBand(page, lines[top]));
        var inBottom = lines.Count > top && InBottomBand(page, lines[^1]);
        for (var i = lines.Count - 1; inBottom && i >= Math.Max(top, lines.Count - Depth) && (InBottomBand(page, lines[i]) || Math.Round(lines[i].FontSize) < text); i--)
            yield return (i, false, InBottomBand(page, lines[i]));
    }
}
