namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// Groups a page's words into lines in reading order, and each line into cells. Words whose
/// baselines lie within half a font size of the line's are on it, so superscripts ("9th") stay on
/// their line while the rows of a tight table do not merge. Within a line, a gap much wider than a
/// space starts a new cell (see <see cref="CellGap"/>): table columns and side-by-side blocks
/// (agenda list, "Officers to Contact") are read row by row, left to right, with their columns kept
/// apart in <see cref="PageLine.Cells"/>. Prose set in two newspaper-style columns is read the same
/// way, row by row; council packs rarely use it.
/// </summary>
internal static class LineBuilder
{
    /// <summary>
    /// A gap of at least this many font sizes separates cells. A space is about a quarter of a font
    /// size; the narrowest table gutters in the seed packs' Chrome renders are nine tenths, and Word's
    /// default cell padding gives about one. A justified
    /// line with few long words can stretch its spaces past this and be split into cells; its
    /// <see cref="PageLine.Text"/> is the same either way.
    /// </summary>
    public const double CellGap = 0.6;

    public static IReadOnlyList<PageLine> Build(IReadOnlyList<TextWord> words) => Rows(words).Select(ToLine).ToList();

    private static List<List<TextWord>> Rows(IReadOnlyList<TextWord> words)
    {
        var rows = new List<List<TextWord>>();
        List<TextWord>? current = null;
        double baseline = 0, size = 0;
        foreach (var word in words.OrderByDescending(w => w.Baseline).ThenBy(w => w.X))
        {
            if (current is not null && baseline - word.Baseline <= 0.5 * Math.Max(size, word.FontSize))
            {
                current.Add(word);
                size = Math.Max(size, word.FontSize);
                continue;
            }
            rows.Add(current = [word]);
            baseline = word.Baseline;
            size = word.FontSize;
        }
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.X.CompareTo(b.X));
            row.RemoveAll(IsOverprintIn(row));
            JoinTouching(row);
        }
        return rows;
    }

    /// <summary>A gap narrower than this many font sizes is no space: a space is about a quarter.</summary>
    private const double TouchGap = 0.05;

    /// <summary>
    /// Joins words that touch on one baseline into one word. Some renderers draw a heading's first
    /// letter on its own and a space glyph under it ("A pologies for Absence"); the space is not
    /// there on the page, and the letters touch.
    /// </summary>
    private static void JoinTouching(List<TextWord> row)
    {
        for (var i = row.Count - 1; i > 0; i--)
        {
            var (left, right) = (row[i - 1], row[i]);
            var size = Math.Max(left.FontSize, right.FontSize);
            if (Math.Abs(right.X - left.Right) <= TouchGap * size && Math.Abs(right.Baseline - left.Baseline) < TouchGap * size
                && Math.Abs(right.FontSize - left.FontSize) < 0.5 && char.IsLetter(left.Text[^1]) && char.IsLetter(right.Text[0]))
            {
                row[i - 1] = left with { Text = left.Text + right.Text, Right = right.Right, Bold = left.Bold && right.Bold };
                row.RemoveAt(i);
            }
        }
    }

    /// <summary>The same word drawn twice a fraction of a point apart (a fake-bold effect).</summary>
    private static Predicate<TextWord> IsOverprintIn(List<TextWord> row)
    {
        TextWord? kept = null;
        return word =>
        {
            var overprint = kept is not null && word.Text == kept.Text && Math.Abs(word.X - kept.X) < 0.2 * word.FontSize;
            if (!overprint)
                kept = word;
            return overprint;
        };
    }

    private static PageLine ToLine(List<TextWord> row)
    {
        var cells = new List<LineCell>();
        var start = 0;
        for (var i = 1; i < row.Count; i++)
            if (row[i].X - row[i - 1].Right >= CellGap * Math.Max(row[i].FontSize, row[i - 1].FontSize))
            {
                cells.Add(ToCell(row, start, i));
                start = i;
            }
        cells.Add(ToCell(row, start, row.Count));

        var main = row.MaxBy(w => w.FontSize)!;
        var left = cells[0].X;
        var right = cells[^1].X + cells[^1].Width;
        return new PageLine(
            string.Join(' ', cells.Select(c => c.Text)),
            left,
            main.Baseline,
            right - left,
            main.FontSize,
            row.TrueForAll(w => w.Bold),
            cells);
    }

    private static LineCell ToCell(List<TextWord> row, int from, int to) =>
        new(row[from].X, string.Join(' ', row.Skip(from).Take(to - from).Select(w => w.Text)), row[to - 1].Right - row[from].X);
}
