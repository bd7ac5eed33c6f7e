using System.Text.Json;
using AgendaSearch.Records;
using AgendaSearch.SearchApi.Tests.Support;

namespace AgendaSearch.SearchApi.Tests.Search;

/// <summary>Text read by OCR off a scanned page is marked in the API: on a hit by its snippet's page, on a record by any page.</summary>
public sealed class OcrMarkTests : IDisposable
{
    private const string Pack = "parish-council-2009-05-12-agenda-package";
    private const string Text = "The clerk read the correspondence about the allotments.\nThe council resolved to repair the footbridge.";

    private readonly TestApi api = new TestApi().Seed(Pack, new SearchRecord
    {
        Id = "parish-council:2009-05-12:minute-4",
        Type = RecordKind.Minute,
        Body = "Parish Council",
        MeetingDate = new DateOnly(2009, 5, 12),
        PackId = Pack,
        Title = "Correspondence",
        Text = Text,
        Pages = [3, 4],
        PageStarts = [0, Text.IndexOf("The council", StringComparison.Ordinal)],
        Sources = [Pack],
        Extra = new Dictionary<string, string> { [RecordExtras.OcrPages] = "4" },
    });

    public void Dispose() => api.Dispose();

    [Fact]
    public async Task A_snippet_from_a_scanned_page_is_marked_and_one_from_a_text_layer_is_not()
    {
        var scanned = (await api.GetJson("/api/search?q=footbridge")).Items("hits").Single();
        var typed = (await api.GetJson("/api/search?q=allotments")).Items("hits").Single();

        Assert.Equal((4, true), (scanned.GetProperty("snippetPage").GetInt32(), scanned.GetProperty("ocr").GetBoolean()));
        Assert.Equal(3, typed.GetProperty("snippetPage").GetInt32());
        Assert.False(typed.TryGetProperty("ocr", out _));
    }

    [Fact]
    public async Task A_record_with_a_scanned_page_is_marked_and_lists_its_ocr_pages()
    {
        var record = await api.GetJson("/api/documents/parish-council:2009-05-12:minute-4");

        Assert.Equal(JsonValueKind.True, record.GetProperty("ocr").ValueKind);
        Assert.Equal("4", record.GetProperty("extra").Str("ocrPages"));
    }
}
