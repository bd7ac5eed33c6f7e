using AgendaSearch.Records;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Records;

namespace AgendaSearch.Ingest.Tests.Records;

public sealed class OcrMarksTests
{
    private static readonly PackPage[] Pages =
        [new(1, null, 595, 842, []), new(2, null, 595, 842, [], Ocr: true), new(3, null, 595, 842, []), new(4, null, 595, 842, [], Ocr: true)];

    private static SearchRecord Record(string id, params int[] pages) => new()
    {
        Id = id, Type = RecordKind.Minute, Body = "Scrutiny Commission", PackId = "pack", Title = id, Text = "", Pages = pages,
        Extra = new Dictionary<string, string> { ["chair"] = "Mr Mullaney" },
    };

    [Fact]
    public void A_record_spanning_scanned_pages_lists_them_and_keeps_its_other_extras()
    {
        var marked = OcrMarks.Apply([Record("a", 1, 3), Record("b", 3), Record("c", 4), Record("d")], Pages);

        Assert.Equal("2", marked[0].Extra[RecordExtras.OcrPages]);
        Assert.Equal("Mr Mullaney", marked[0].Extra["chair"]);
        Assert.Empty(RecordExtras.OcrPagesOf(marked[1]));
        Assert.Equal([4], RecordExtras.OcrPagesOf(marked[2]));
        Assert.Empty(RecordExtras.OcrPagesOf(marked[3]));
    }
}
