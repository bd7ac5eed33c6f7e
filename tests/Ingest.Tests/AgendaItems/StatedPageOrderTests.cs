using AgendaSearch.Ingest.AgendaItems;
using AgendaSearch.Ingest.Reports;
using AgendaSearch.Ingest.Tests.Packs;

namespace AgendaSearch.Ingest.Tests.AgendaItems;

public sealed class StatedPageOrderTests
{
    private static readonly Report Paper = new("Title", null, null, null, [], "text", [1, 1]);

    /// <summary>Items 1..n; <paramref name="papers"/> have a report, <paramref name="stated"/> the ranges as read.</summary>
    private static List<AgendaItem> Items(int count, int[] papers, Dictionary<int, int[]> stated) =>
        Enumerable.Range(1, count)
            .Select(n => new AgendaItem(n, $"Item {n}", StatedPages: stated.GetValueOrDefault(n), Report: papers.Contains(n) ? Paper : null))
            .ToList();

    private static Dictionary<int, int[]> Stated(IEnumerable<AgendaItem> items) =>
        items.Where(i => i.StatedPages is not null).ToDictionary(i => i.Number, i => i.StatedPages!);

    [Fact]
    public void Ranges_printed_under_later_rows_go_back_to_the_items_with_papers()
    {
        // Minutes are item 1, reports items 4 and 5; the flattened table printed item 1's range under item 2
        // and item 5's under item 6.
        var items = Items(6, [4, 5], new() { [2] = [5, 14], [4] = [15, 36], [6] = [37, 42] });

        var restored = StatedPageOrder.Restore(items, new HashSet<int> { 1 });

        Assert.Equal(new Dictionary<int, int[]> { [1] = [5, 14], [4] = [15, 36], [5] = [37, 42] }, Stated(restored));
        Assert.Equal(items.Select(i => i.Title), restored.Select(i => i.Title));
    }

    [Fact]
    public void Ranges_already_on_the_items_with_papers_stay()
    {
        var items = Items(4, [3, 4], new() { [1] = [5, 14], [3] = [15, 36], [4] = [37, 42] });

        Assert.Same(items, StatedPageOrder.Restore(items, new HashSet<int> { 1 }));
    }

    [Fact]
    public void Ranges_stay_as_printed_when_the_papers_do_not_account_for_them()
    {
        // One report was not found in the pack: two papers, three ranges. Nothing says where each range belongs.
        var fewerPapers = Items(5, [4], new() { [2] = [5, 14], [4] = [15, 36], [5] = [37, 42] });
        Assert.Same(fewerPapers, StatedPageOrder.Restore(fewerPapers, new HashSet<int> { 1 }));

        // Ranges that do not follow each other are not a list of papers in pack order.
        var unordered = Items(4, [3], new() { [2] = [15, 36], [4] = [5, 14] });
        Assert.Same(unordered, StatedPageOrder.Restore(unordered, new HashSet<int> { 1 }));

        var none = Items(3, [2], []);
        Assert.Same(none, StatedPageOrder.Restore(none, new HashSet<int> { 1 }));
    }

    [Fact]
    public void The_March_2022_seed_pack_gives_the_minutes_and_the_last_report_their_ranges()
    {
        var items = ParsedSeedPacks.Get(Corpus.March2022).AgendaItems;

        Assert.Equal(
            new Dictionary<int, int[]> { [1] = [5, 14], [8] = [15, 36], [9] = [37, 42], [10] = [43, 74], [11] = [75, 126], [12] = [127, 150] },
            Stated(items));
    }

    [Fact]
    public void The_July_2021_seed_pack_keeps_its_ranges_as_printed()
    {
        var items = ParsedSeedPacks.Get(Corpus.July2021).AgendaItems;

        Assert.Equal(
            new Dictionary<int, int[]> { [1] = [5, 14], [8] = [15, 22], [9] = [23, 66], [10] = [67, 92], [11] = [93, 144], [12] = [145, 162] },
            Stated(items));
    }
}
