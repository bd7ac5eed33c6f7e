using AgendaSearch.Records;
using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Tests.Storage;

public sealed class ReplacePackTests
{
    private static readonly Dictionary<string, string> NoData = [];

    [Fact]
    public void Committed_records_are_found_and_returned_exactly()
    {
        using var index = SearchIndex.OpenInMemory();
        var record = Sample.Record("sc:2022-03-09:item-9", "Ways of Working", "Savings from the programme.",
            date: new DateOnly(2022, 3, 9), officers: ["Chris Tambini"]) with
        {
            ItemNumber = 9,
            Pages = [37, 42],
            PageStarts = [0, 10],
            Extra = new Dictionary<string, string> { ["reportOf"] = "Director" },
        };

        index.ReplacePack("pack-a", [record]);
        Assert.Null(index.Get(record.Id));
        index.Commit(NoData);

        var stored = index.Get(record.Id)!;
        Assert.Equal(Json(record), Json(stored));
        Assert.Equal(record.Id, Assert.Single(index.Search(new SearchRequest { Query = "savings" }).Hits).Record.Id);
    }

    [Fact]
    public void Reindexing_a_pack_replaces_its_records()
    {
        using var index = SearchIndex.OpenInMemory();
        index.ReplacePack("pack-a", [Sample.Record("m:1", "Budget", "old text"), Sample.Record("m:2", "Roads", "potholes")]);
        index.Commit(NoData);
        index.ReplacePack("pack-a", [Sample.Record("m:1", "Budget", "new text")]);
        index.Commit(NoData);

        Assert.Equal(1, index.Count);
        Assert.Equal("new text", index.Get("m:1")!.Text);
        Assert.Null(index.Get("m:2"));
        Assert.Empty(index.Search(new SearchRequest { Query = "old" }).Hits);
    }

    [Fact]
    public void The_same_minute_from_two_packs_is_one_record_listing_both()
    {
        using var index = SearchIndex.OpenInMemory();
        var minute = Sample.Record("sc:2022-01-31:minute-61", "Budget", "RESOLVED that the budget be noted.", type: "minute");
        index.ReplacePack("next-pack", [minute with { PackId = "next-pack", Pages = [9, 9] }]);
        index.ReplacePack("printed-minutes", [minute with { PackId = "printed-minutes", Pages = [2, 2] }]);
        index.Commit(NoData);

        var both = index.Get(minute.Id)!;
        Assert.Equal(["next-pack", "printed-minutes"], both.Sources);
        Assert.Single(index.Search(new SearchRequest { Query = "budget" }).Hits);

        index.RemovePack("next-pack");
        index.Commit(NoData);
        var left = index.Get(minute.Id)!;
        Assert.Equal(["printed-minutes"], left.Sources);
        Assert.Equal("printed-minutes", left.PackId);
        Assert.Equal([2, 2], left.Pages);

        index.ReplacePack("printed-minutes", []);
        index.Commit(NoData);
        Assert.Null(index.Get(minute.Id));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void A_meeting_read_from_its_own_pack_wins_over_one_derived_from_minutes()
    {
        using var index = SearchIndex.OpenInMemory();
        var meeting = Sample.Record("sc:2022-01-31", "Scrutiny Commission \u2013 31 January 2022", "", type: "meeting");
        index.ReplacePack("a-next-pack", [meeting with
        {
            Text = "54. Minutes",
            Extra = new Dictionary<string, string> { [RecordExtras.DerivedFrom] = "minutes" },
        }]);
        index.ReplacePack("z-own-pack", [meeting with { Text = "Agenda: 1. Minutes 2. Budget" }]);
        index.Commit(NoData);

        var chosen = index.Get(meeting.Id)!;
        Assert.Equal("z-own-pack", chosen.PackId);
        Assert.Equal(["a-next-pack", "z-own-pack"], chosen.Sources);
    }

    [Fact]
    public void Commit_user_data_survives_reopening_and_uncommitted_writes_do_not()
    {
        using var folder = new TempFolder();
        var path = folder.Path;
        using (var index = SearchIndex.Open(new IndexOptions { Path = path }))
        {
            Assert.Empty(index.CommittedUserData);
            index.ReplacePack("pack-a", [Sample.Record("m:1", "Budget", "text")]);
            index.Commit(new Dictionary<string, string> { ["ledger"] = "v1" });
            index.ReplacePack("pack-b", [Sample.Record("m:2", "Roads", "text", packId: "pack-b")]);
        }

        using var reopened = SearchIndex.Open(new IndexOptions { Path = path });
        Assert.Equal("v1", reopened.CommittedUserData["ledger"]);
        Assert.NotNull(reopened.Get("m:1"));
        Assert.Null(reopened.Get("m:2"));
    }

    [Fact]
    public void Duplicate_ids_in_one_pack_are_refused()
    {
        using var index = SearchIndex.OpenInMemory();
        var error = Assert.Throws<ArgumentException>(() =>
            index.ReplacePack("pack-a", [Sample.Record("m:1", "A", "a"), Sample.Record("m:1", "B", "b")]));
        Assert.Contains("m:1", error.Message);
        Assert.Throws<ArgumentException>(() => index.ReplacePack("pack-a", [Sample.Record(" ", "Untitled", "text")]));
        index.Commit(NoData);
        Assert.Equal(0, index.Count);
    }

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value);
}
