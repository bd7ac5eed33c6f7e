using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Layout;

/// <summary>
/// Lays out a whole pack. The minutes and each report are set first; the front sheet is then set twice, once to
/// learn its length (its pages column cannot change that) and once with the real "(Pages x - y)". With padding on,
/// every section starts on an odd page behind a "This page is intentionally left blank" page, and an item's page
/// range includes its trailing blank page, as in the seed packs.
/// </summary>
internal static class PackComposer
{
    public static ComposedPack Compose(Meeting meeting)
    {
        var sections = new List<(AgendaItem Item, List<Canvas> Pages)> { (meeting.Items[0], MinutesComposer.Compose(meeting, meeting.PreviousMinutes!)) };
        sections.AddRange(meeting.Items.Where(i => i.Report is not null).Select(i => (i, ReportComposer.Compose(meeting, i.Report!))));

        var frontCount = FrontSheetComposer.Compose(meeting, i => Stated(888, 888)).Count;
        var pages = new List<Canvas>();
        var starts = new Dictionary<int, int>();
        var ranges = new Dictionary<int, (int First, int Last)>();
        var frontTotal = frontCount + Padding(meeting, frontCount);
        var next = frontTotal + 1;
        foreach (var (item, sectionPages) in sections)
        {
            var count = sectionPages.Count + Padding(meeting, sectionPages.Count);
            ranges[item.Number] = (next, next + count - 1);
            starts[next] = item.Number;
            next += count;
        }
        int? Printed(int physical) =>
            meeting.Style == PackStyle.A ? physical : physical > frontTotal ? physical - frontTotal : null;

        var front = FrontSheetComposer.Compose(meeting, i =>
            ranges.TryGetValue(i.Number, out var r) ? Stated(Printed(r.First)!.Value, Printed(r.Last)!.Value) : "");
        if (front.Count != frontCount)
            throw new InvalidOperationException($"front sheet of {meeting.FileStem} changed length when page numbers were filled in");
        Add(pages, front, meeting);
        foreach (var (_, sectionPages) in sections)
            Add(pages, sectionPages, meeting);

        var printed = Enumerable.Range(1, pages.Count).Select(Printed).ToList();
        for (var i = 0; i < pages.Count; i++)
            PageDecorator.Decorate(pages[i], meeting, printed[i], i < frontTotal, starts.TryGetValue(i + 1, out var item) ? item : null);
        return new ComposedPack(pages, printed, frontTotal, ranges);
    }

    private static string Stated(int first, int last) =>
        first == last ? $"(Page {first})" : $"(Pages {first} - {last})";

    private static int Padding(Meeting meeting, int count) => meeting.PadSections && count % 2 == 1 ? 1 : 0;

    private static void Add(List<Canvas> pages, List<Canvas> section, Meeting meeting)
    {
        pages.AddRange(section);
        if (Padding(meeting, section.Count) == 1)
            pages.Add(Canvas.Blank());
    }
}
