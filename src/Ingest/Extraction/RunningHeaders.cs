using System.Text;

namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// Removes running headers and footers: margin lines whose text, with digits masked ("Scrutiny
/// Commission 9 March 2022", "Page 3 of 12"), stands at the same height on at least
/// <see cref="MinPages"/> pages. Body text that happens to repeat is not in the margin band or not
/// at one height, so it stays. A header repeated on fewer pages (a two-page letter) is left alone. Lines of a
/// footer block stacked above the band in small type (<see cref="MarginLines.Stacked"/>) go too when they
/// repeat at one height on at least half the pages, a stricter test for lines outside the band.
/// </summary>
internal static class RunningHeaders
{
    public const int MinPages = 3;

    /// <summary>Lines this close in height (points) count as standing at the same height.</summary>
    public const double SameHeight = 3;

    public static IReadOnlyList<PackPage> Apply(IReadOnlyList<PackPage> pages)
    {
        var groups = new Dictionary<(bool Top, bool InBand, string Key), List<(int Page, int Line, double Y)>>();
        for (var p = 0; p < pages.Count; p++)
            foreach (var (index, top, inBand) in MarginLines.Stacked(pages[p]))
            {
                var line = pages[p].Lines[index];
                var key = (top, inBand, Normalise(line.Text));
                if (!groups.TryGetValue(key, out var list))
                    groups[key] = list = [];
                list.Add((p, index, line.Y));
            }

        var remove = new HashSet<(int Page, int Line)>();
        foreach (var (key, list) in groups.Where(g => g.Value.Count >= MinPages))
            foreach (var hit in LargestCluster(list, key.InBand ? MinPages : Math.Max(MinPages, (pages.Count + 1) / 2)))
                remove.Add((hit.Page, hit.Line));
        if (remove.Count == 0)
            return pages;

        return pages.Select((page, p) => page with
        {
            Lines = page.Lines.Where((_, i) => !remove.Contains((p, i))).ToList(),
            RunningLines = [.. page.RunningLines, .. page.Lines.Where((_, i) => remove.Contains((p, i))).Select(l => l.Text)],
        }).ToList();
    }

    /// <summary>The most lines, on distinct pages, whose heights lie within <see cref="SameHeight"/>.</summary>
    private static List<(int Page, int Line, double Y)> LargestCluster(List<(int Page, int Line, double Y)> hits, int minPages)
    {
        var byY = hits.OrderBy(h => h.Y).ToList();
        int start = 0, bestStart = 0, bestCount = 0;
        for (var end = 0; end < byY.Count; end++)
        {
            while (byY[end].Y - byY[start].Y > SameHeight)
                start++;
            if (end - start + 1 > bestCount)
                (bestStart, bestCount) = (start, end - start + 1);
        }
        var best = byY.GetRange(bestStart, bestCount);
        return best.Select(h => h.Page).Distinct().Count() >= minPages ? best : [];
    }

    /// <summary>Lower case, digit runs as '#', single spaces: "Page 3 of 12" and "Page 4 of 12" agree.</summary>
    internal static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Trim())
        {
            if (char.IsDigit(ch))
            {
                if (sb.Length == 0 || sb[^1] != '#')
                    sb.Append('#');
            }
            else if (char.IsWhiteSpace(ch))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                    sb.Append(' ');
            }
            else
                sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }
}
