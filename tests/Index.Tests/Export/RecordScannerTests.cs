using AgendaSearch.Records;
using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Tests.Export;

/// <summary>
/// Scans for export over 20,000 synthetic records. Laziness is asserted by allocation rather than
/// time: opening a scan and reading its first records must allocate a small fraction of reading
/// them all, which holds only if records are read from the index as they are enumerated.
/// </summary>
public sealed class RecordScannerTests : IClassFixture<RecordScannerTests.LargeIndex>
{
    private const int Records = 20_000;
    private readonly ISearchIndex _index;

    public RecordScannerTests(LargeIndex large) => _index = large.Index;

    [Fact]
    public void A_scan_yields_every_hit_in_date_order_past_any_page_size()
    {
        using var scan = _index.Scan(new SearchRequest { Sort = SearchSort.Date, PageSize = 20 }, limit: 100_000);

        var dates = scan.Hits.Select(h => h.Record.MeetingDate!.Value).ToList();

        Assert.Equal((Records, Records), (scan.Total, scan.Count));
        Assert.Equal(Records, dates.Count);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public void A_scan_stops_at_its_limit_but_counts_every_match()
    {
        using var scan = _index.Scan(new SearchRequest { Query = "budget" }, limit: 150);

        Assert.Equal((Records / 2, 150), (scan.Total, scan.Count));
        Assert.Equal(150, scan.Hits.Count());
        Assert.All(scan.Hits.Take(3), hit => Assert.Contains("<mark>budget</mark>", hit.Snippet.Html));
    }

    [Fact]
    public void A_scan_reads_records_as_they_are_enumerated()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        using (var scan = _index.Scan(new SearchRequest(), limit: 100_000))
        {
            Assert.Equal(100, scan.Hits.Take(100).Count());
        }

        var firstHundred = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        using (var scan = _index.Scan(new SearchRequest(), limit: 100_000))
        {
            Assert.Equal(Records, scan.Hits.Count());
        }

        var all = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(firstHundred * 10 < all, $"first 100 records allocated {firstHundred:N0} bytes, all {Records:N0} {all:N0}");
    }

    [Fact]
    public void A_bad_query_fails_when_the_scan_opens()
    {
        Assert.Throws<QuerySyntaxException>(() => _index.Scan(new SearchRequest { Query = "title:(budget" }, 10));
    }

    /// <summary>Records of 400 meetings, half mentioning the budget, in one pack.</summary>
    public sealed class LargeIndex : IDisposable
    {
        public LargeIndex()
        {
            Index = SearchIndex.OpenInMemory();
            var records = Enumerable.Range(0, Records).Select(i =>
            {
                var date = new DateOnly(2010, 1, 1).AddDays(i / 50 * 7);
                var meetingId = RecordIds.Meeting("Cabinet", date);
                return new SearchRecord
                {
                    Id = RecordIds.Item(meetingId, i % 50 + 1),
                    Type = RecordKind.Item,
                    Body = "Cabinet",
                    MeetingDate = date,
                    PackId = "synthetic",
                    Title = $"Report {i}",
                    Text = (i % 2 == 0 ? "The budget for " : "The plan for ") + string.Join(' ', Enumerable.Repeat($"service {i}", 30)),
                    Pages = [i % 50 + 1, i % 50 + 2],
                    MeetingId = meetingId,
                };
            }).ToList();
            Index.ReplacePack("synthetic", records);
            Index.Commit(new Dictionary<string, string>());
        }

        public ISearchIndex Index { get; }

        public void Dispose() => Index.Dispose();
    }
}
