namespace AgendaSearch.Ingest.AgendaItems;

/// <summary>
/// Puts the page ranges an agenda prints back on the items whose papers they are, when the text
/// order moved them. Layout handled: a front-sheet table flattened so that a row's "(Pages ...)"
/// cell comes out after later rows (the Scrutiny Commission pack of 9 March 2022 prints "(Pages 5 -
/// 14)" under item 5 instead of item 1, the minutes, and "(Pages 127 150)" under item 14 instead of
/// item 12, the last report). The items with a paper in the pack (a report found for them, or the
/// minutes) are the evidence: when there are exactly as many ranges as such items, the ranges
/// ascend without overlapping, and they sit on other items, the ranges go to those items in order.
/// Otherwise the ranges stay where they were printed.
/// </summary>
internal static class StatedPageOrder
{
    public static IReadOnlyList<AgendaItem> Restore(IReadOnlyList<AgendaItem> items, IReadOnlySet<int> minutesItems)
    {
        var papers = items.Where(i => i.Report is not null || minutesItems.Contains(i.Number)).Select(i => i.Number).ToList();
        var holders = items.Where(i => i.StatedPages is not null).ToList();
        if (holders.Count == 0 || holders.Count != papers.Count || holders.Select(i => i.Number).SequenceEqual(papers))
            return items;

        var ranges = holders.Select(i => i.StatedPages!).ToList();
        if (!Ascending(ranges))
            return items;

        var byItem = papers.Zip(ranges).ToDictionary(p => p.First, p => p.Second);
        return items.Select(i => i with { StatedPages = byItem.GetValueOrDefault(i.Number) }).ToList();
    }

    /// <summary>Each range starts after the previous one ends, as the papers follow each other in the pack.</summary>
    private static bool Ascending(List<int[]> ranges) =>
        ranges.Zip(ranges.Skip(1)).All(pair => pair.Second[0] > pair.First[^1]);
}
