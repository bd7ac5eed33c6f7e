using AgendaSearch.Records;
using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Tests.Storage;

/// <summary>
/// One record id printed by several documents: every document's words stay searchable, whichever order the
/// packs come in, and removing a document takes its words (and only its words) away again.
/// </summary>
public sealed class VariantMergeTests
{
    private const string Id = "cabinet:2025-01-30:item-4";
    private static readonly Dictionary<string, string> NoData = [];

    /// <summary>The front sheet's agenda line: the item's title and who reports, no pages.</summary>
    private static readonly SearchRecord FrontSheetLine = Sample.Record(Id, "Revenue Budget 2025/26", "Revenue Budget 2025/26",
        body: "Cabinet", date: new DateOnly(2025, 1, 30), packId: "a-frontsheet") with
    {
        ItemNumber = 4,
        Extra = new Dictionary<string, string> { ["reportBy"] = "Corporate Director of Finance", ["statedPages"] = "5-40" },
    };

    /// <summary>The officer report for the same item, published in a document of its own.</summary>
    private static readonly SearchRecord Report = Sample.Record(Id, "Revenue Budget 2025/26",
        "Summary\nThe council tax precept rises by 4.99 per cent.\nAppendix A sets out the reserves.",
        body: "Cabinet", date: new DateOnly(2025, 1, 30), packId: "b-report", officers: ["Dave Shipton"]) with
    {
        ItemNumber = 4,
        Pages = [3, 5],
        PageStarts = [0, 8, 52],
        Extra = new Dictionary<string, string> { ["reportOf"] = "Corporate Director of Finance" },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_front_sheet_line_and_the_report_for_that_item_are_one_record_whose_report_text_is_found(bool reportFirst)
    {
        using var index = SearchIndex.OpenInMemory();
        foreach (var record in reportFirst ? new[] { Report, FrontSheetLine } : [FrontSheetLine, Report])
        {
            index.ReplacePack(record.PackId, [record]);
        }

        index.Commit(NoData);

        var hit = Assert.Single(index.Search(new SearchRequest { Query = "precept" }).Hits);
        Assert.Equal(Id, hit.Record.Id);
        Assert.Equal("b-report", hit.Record.PackId);
        Assert.Equal(4, hit.Snippet.Page);
        var merged = index.Get(Id)!;
        Assert.Equal(Report.Text, merged.Text);
        Assert.Equal([3, 5], merged.Pages);
        Assert.Equal(["a-frontsheet", "b-report"], merged.Sources);
        Assert.Equal(["Dave Shipton"], merged.Officers);
        Assert.Equal("Corporate Director of Finance", merged.Extra["reportBy"]);
        Assert.Equal("Corporate Director of Finance", merged.Extra["reportOf"]);
        Assert.Equal("5-40", merged.Extra["statedPages"]);
    }

    [Fact]
    public void Words_only_one_document_prints_are_found_whichever_version_is_shown()
    {
        using var index = SearchIndex.OpenInMemory();
        var printedMinutes = Sample.Record("sc:2022-01-31:minute-61", "Budget", "The Commission considered the budget.\nSigned by the Chairman", type: "minute", packId: "a-minutes");
        var nextPack = printedMinutes with { PackId = "b-next-pack", Text = "The Commission considered the budget.\nConfirmed as a correct record at the meeting of 9 March" };
        index.ReplacePack("a-minutes", [printedMinutes]);
        index.ReplacePack("b-next-pack", [nextPack]);
        index.Commit(NoData);

        Assert.Single(index.Search(new SearchRequest { Query = "chairman" }).Hits);
        Assert.Single(index.Search(new SearchRequest { Query = "confirmed" }).Hits);
        Assert.Single(index.Search(new SearchRequest { Query = "budget" }).Hits);
        var merged = index.Get(printedMinutes.Id)!;
        Assert.StartsWith(nextPack.Text, merged.Text, StringComparison.Ordinal);
        Assert.Single(merged.Text.Split('\n'), line => line.Contains("considered", StringComparison.Ordinal));
    }

    [Fact]
    public void Reindexing_and_removing_a_document_keeps_no_stale_words()
    {
        using var index = SearchIndex.OpenInMemory();
        index.ReplacePack("a-frontsheet", [FrontSheetLine]);
        index.ReplacePack("b-report", [Report]);
        index.Commit(NoData);

        // The report is published again with other words; the front sheet's version is read back from the index.
        index.ReplacePack("b-report", [Report with { Text = "Summary\nThe levy is frozen." }]);
        index.ReplacePack("a-frontsheet", [FrontSheetLine]);
        index.Commit(NoData);
        Assert.Empty(index.Search(new SearchRequest { Query = "precept" }).Hits);
        Assert.Single(index.Search(new SearchRequest { Query = "levy" }).Hits);
        Assert.Equal("Summary\nThe levy is frozen.", index.Get(Id)!.Text);

        index.RemovePack("b-report");
        index.Commit(NoData);
        Assert.Empty(index.Search(new SearchRequest { Query = "levy" }).Hits);
        var left = index.Get(Id)!;
        Assert.Equal(FrontSheetLine.Text, left.Text);
        Assert.Equal(["a-frontsheet"], left.Sources);
        Assert.Empty(left.Officers);
        Assert.False(left.Extra.ContainsKey("reportOf"));
    }

    [Fact]
    public void A_record_read_from_its_own_pack_is_shown_before_a_derived_one_with_more_text()
    {
        using var index = SearchIndex.OpenInMemory();
        var meeting = Sample.Record("sc:2022-01-31", "Scrutiny Commission \u2013 31 January 2022", "Venue: City Hall", type: "meeting", packId: "b-own");
        var derived = meeting with
        {
            PackId = "a-next-pack",
            Text = "54. Minutes of the previous meeting\n55. Question Time\n61. Medium Term Financial Strategy",
            Extra = new Dictionary<string, string> { [RecordExtras.DerivedFrom] = "minutes" },
        };
        index.ReplacePack("b-own", [meeting]);
        index.ReplacePack("a-next-pack", [derived]);
        index.Commit(NoData);

        var shown = index.Get(meeting.Id)!;
        Assert.Equal("b-own", shown.PackId);
        Assert.StartsWith("Venue: City Hall", shown.Text, StringComparison.Ordinal);
        Assert.Contains("Question Time", shown.Text, StringComparison.Ordinal);
        Assert.False(shown.Extra.ContainsKey(RecordExtras.DerivedFrom));
    }
}
