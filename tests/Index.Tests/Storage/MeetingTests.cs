using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Records;

namespace AgendaSearch.Index.Tests.Storage;

/// <summary>A built pack indexed with a separately published copy of the minutes it prints.</summary>
public sealed class MeetingTests : IDisposable
{
    private const string NextPack = "scrutiny-commission-2022-03-09-agenda-pack.pdf";
    private const string PrintedMinutes = "scrutiny-commission-2022-01-31-minutes.pdf";
    private readonly ISearchIndex _index = SearchIndex.OpenInMemory();

    public MeetingTests()
    {
        _index.ReplacePack(NextPack, RecordBuilder.Build(SamplePack.Build(), NextPack));
        var minutesOnly = SamplePack.Build() with { Meeting = null, AgendaItems = [], Questions = [], Pages = [] };
        _index.ReplacePack(PrintedMinutes, RecordBuilder.Build(minutesOnly, PrintedMinutes));
        _index.Commit(new Dictionary<string, string>());
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Meetings_are_listed_newest_first_and_filtered()
    {
        Assert.Equal(["scrutiny-commission:2022-03-09", "scrutiny-commission:2022-01-31"], _index.Meetings(null, null, null).Select(m => m.Id));
        Assert.Equal(["scrutiny-commission:2022-01-31"], _index.Meetings("scrutiny-commission", null, new DateOnly(2022, 2, 1)).Select(m => m.Id));
        Assert.Equal(["scrutiny-commission:2022-03-09"], _index.Meetings("Scrutiny Commission", new DateOnly(2022, 3, 9), new DateOnly(2022, 3, 9)).Select(m => m.Id));
        Assert.Empty(_index.Meetings("Cabinet", null, null));
    }

    [Fact]
    public void A_meetings_records_come_in_document_order()
    {
        Assert.Equal(
        [
            "scrutiny-commission:2022-01-31",
            "scrutiny-commission:2022-01-31:minute-55",
            "scrutiny-commission:2022-01-31:minute-61",
            "scrutiny-commission:2022-01-31:minute-61:resolution-a",
            "scrutiny-commission:2022-01-31:minute-61:resolution-b",
            "scrutiny-commission:2022-01-31:minute-62",
            "scrutiny-commission:2022-01-31:minute-62:resolution",
            "scrutiny-commission:2022-01-31:minute-55:question-1",
        ], _index.MeetingRecords("scrutiny-commission:2022-01-31").Select(r => r.Id));
        Assert.Equal(
        [
            "scrutiny-commission:2022-03-09",
            "scrutiny-commission:2022-03-09:item-1",
            "scrutiny-commission:2022-03-09:item-10",
            "scrutiny-commission:2022-03-09:question-1",
        ], _index.MeetingRecords("scrutiny-commission:2022-03-09").Select(r => r.Id));
        Assert.Empty(_index.MeetingRecords("scrutiny-commission:1999-01-01"));
    }

    [Fact]
    public void Minutes_printed_twice_are_one_record_with_both_sources()
    {
        var minute = _index.Get("scrutiny-commission:2022-01-31:minute-61")!;
        Assert.Equal([PrintedMinutes, NextPack], minute.Sources);
        Assert.Single(_index.Search(new SearchRequest { Query = "\"commission considered\"" }).Hits);

        _index.RemovePack(PrintedMinutes);
        _index.Commit(new Dictionary<string, string>());
        Assert.Equal([NextPack], _index.Get("scrutiny-commission:2022-01-31:minute-61")!.Sources);
        Assert.Equal(NextPack, _index.Get("scrutiny-commission:2022-01-31:minute-61")!.PackId);
    }

    [Fact]
    public void Reindexing_the_same_pack_adds_nothing()
    {
        var before = _index.Count;
        _index.ReplacePack(NextPack, RecordBuilder.Build(SamplePack.Build(), NextPack));
        _index.Commit(new Dictionary<string, string>());
        Assert.Equal(before, _index.Count);
    }

    [Fact]
    public void Officer_filters_and_facets_use_the_full_name()
    {
        var results = _index.Search(new SearchRequest { Officers = ["chris-tambini"] });
        Assert.Equal("scrutiny-commission:2022-03-09:item-10", Assert.Single(results.Hits).Record.Id);
        Assert.Contains(new FacetCount("Chris Tambini", 1), _index.Search(new SearchRequest()).Facets["officer"]);
        Assert.Equal([new FacetCount("item", 1)], results.Facets["type"]);
        Assert.Contains(new FacetCount("meeting", 2), _index.Search(new SearchRequest()).Facets["type"]);
    }

    [Fact]
    public void Related_records_exclude_the_record_itself_and_meetings()
    {
        var related = _index.Related("scrutiny-commission:2022-03-09:item-10", 5);
        Assert.NotEmpty(related);
        Assert.StartsWith("scrutiny-commission:2022-01-31:minute-61", related[0].Record.Id);
        Assert.DoesNotContain(related, h => h.Record.Id == "scrutiny-commission:2022-03-09:item-10" || h.Record.Type == RecordKind.Meeting);
        Assert.Contains("<mark>", related[0].Snippet.Html);
        Assert.Empty(_index.Related("no-such-id", 5));
    }
}
