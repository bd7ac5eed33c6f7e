namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// Mends words broken at a line end: "Intelli-" / "gence" becomes "Intelligence" on the first line.
/// Word and Chrome rarely hyphenate, so most line-end hyphens in council packs are real ("pre-Covid",
/// "cost-effective", "2022-26", "e-mail"); the break is then only closed up, keeping the hyphen.
/// The pack's own words decide (see <see cref="Decide"/>). The continuation must be the first cell
/// of the next line under the broken cell (same column of a table) and within two font sizes below.
/// Breaks across a page end are left as they are.
/// </summary>
internal static class Dehyphenation
{
    public static IReadOnlyList<PackPage> Apply(IReadOnlyList<PackPage> pages)
    {
        var vocabulary = Vocabulary.Of(pages);
        return pages.Select(page => Apply(page, vocabulary)).ToList();
    }

    private static PackPage Apply(PackPage page, Vocabulary vocabulary)
    {
        List<PageLine>? lines = null;
        for (var i = 0; i + 1 < (lines?.Count ?? page.Lines.Count); i++)
        {
            var current = lines ?? page.Lines;
            var mended = Mend(current[i], current[i + 1], vocabulary);
            if (mended is null)
                continue;
            lines ??= [.. page.Lines];
            lines[i] = mended.Value.Upper;
            if (mended.Value.Lower is { } lower)
                lines[i + 1] = lower;
            else
                lines.RemoveAt(i + 1);
        }
        return lines is null ? page : page with { Lines = lines };
    }

    /// <summary>The two lines after moving the continuation up; Lower is null when nothing is left of it.</summary>
    private static (PageLine Upper, PageLine? Lower)? Mend(PageLine upper, PageLine lower, Vocabulary vocabulary)
    {
        if (upper.Y - lower.Y > 2 * upper.FontSize)
            return null;
        var upperCells = upper.Columns;
        for (var c = 0; c < upperCells.Count; c++)
        {
            var cell = upperCells[c];
            if (!EndsBroken(cell.Text))
                continue;
            var lowerCells = lower.Columns;
            var d = FirstUnder(cell, lowerCells);
            if (d < 0)
                continue;
            var (fragment, rest) = SplitFirstWord(lowerCells[d].Text);
            var head = LastWord(cell.Text);
            var joined = Decide(head, fragment, vocabulary);
            var newUpper = upperCells.ToArray();
            newUpper[c] = cell with { Text = cell.Text[..^head.Length] + joined };
            var newLower = lowerCells.ToArray();
            newLower[d] = lowerCells[d] with { Text = rest };
            return (upper.WithCells(newUpper)!, lower.WithCells(newLower));
        }
        return null;
    }

    /// <summary>
    /// How "head-" and its continuation are rejoined. The hyphen stays when the continuation starts
    /// with a capital or digit, the head ends in a digit or is a web or mail address, or the pack
    /// writes the hyphenated form elsewhere. It goes when the pack writes the closed form elsewhere.
    /// Otherwise it stays when the continuation is a word in its own right in the pack ("cost-" /
    /// "effective"), the head is a one- or two-letter prefix ("e-" / "mail", "co-" / "operate") or a
    /// common compound head (<see cref="CompoundHeads"/>: "multi-" / "disciplinary"), and goes for a
    /// fragment that is no word of the pack ("Intelli-" / "gence"). A soft hyphen (U+00AD) always goes.
    /// </summary>
    internal static string Decide(string head, string continuation, Vocabulary vocabulary)
    {
        var stem = head[..^1];
        if (head[^1] == '\u00AD')
            return stem + continuation;
        var keep = stem + "-" + continuation;
        var core = Vocabulary.Core(continuation);
        var stemCore = Vocabulary.Core(stem);
        if (core.Length == 0 || !char.IsLower(core[0]) || char.IsDigit(stem[^1]) || stem.IndexOfAny(['/', '@']) >= 0)
            return keep;
        if (vocabulary.Contains(stemCore + "-" + core))
            return keep;
        if (vocabulary.Contains(stemCore + core))
            return stem + continuation;
        var lastPart = stemCore[(stemCore.LastIndexOf('-') + 1)..];
        if (vocabulary.Contains(core) || lastPart.Length <= 2 || CompoundHeads.Contains(lastPart))
            return keep;
        return stem + continuation;
    }

    /// <summary>
    /// English words that mostly start a hyphenated compound rather than being cut off mid-word
    /// ("long-term", "self-isolation", "cross-party", "non-essential", "year-on-year").
    /// </summary>
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "anti", "cross", "cost", "full", "half", "high", "long", "low", "mid", "multi", "non", "one",
        "part", "post", "pre", "self", "semi", "short", "sub", "three", "two", "under", "well", "wide", "year",
    };

    /// <summary>A cell ending in a letter and a hyphen ("Intelli-"), not a dash after a space.</summary>
    internal static bool EndsBroken(string text) =>
        text.Length >= 2 && text[^1] is '-' or '\u2010' or '\u00AD' && char.IsLetterOrDigit(text[^2]);

    /// <summary>The lower line's cell that starts under <paramref name="cell"/>, allowing a hanging indent.</summary>
    private static int FirstUnder(LineCell cell, IReadOnlyList<LineCell> cells)
    {
        for (var d = 0; d < cells.Count; d++)
            if (cells[d].X >= cell.X - 2 && cells[d].X < cell.X + cell.Width)
                return d;
        return -1;
    }

    internal static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

    private static (string First, string Remainder) SplitFirstWord(string text)
    {
        var space = text.IndexOf(' ');
        return space < 0 ? (text, "") : (text[..space], text[(space + 1)..]);
    }
}
