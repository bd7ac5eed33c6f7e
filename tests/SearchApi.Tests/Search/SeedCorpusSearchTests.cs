using AgendaSearch.SearchApi.Tests.Support;

namespace AgendaSearch.SearchApi.Tests.Search;

/// <summary>
/// The acceptance searches of the seed corpus: both packs read from their PDFs, parsed and indexed as the
/// worker does it, then searched through the API as a researcher would.
/// </summary>
public sealed class SeedCorpusSearchTests : IDisposable
{
    private readonly TestApi _api = new TestApi().SeedCorpus(SeedIndexing.July2021, SeedIndexing.March2022);

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Warehousing_finds_the_public_question_asked_by_Mrs_Sharon_Scott()
    {
        var results = await _api.GetJson("/api/search?q=warehousing");

        var question = Assert.Single(results.Items("hits"), h => h.Str("type") == "question");
        // Names are indexed without honorifics, so "Mrs Sharon Scott" and "Sharon Scott" are one asker.
        Assert.Equal("Sharon Scott", question.Str("askedBy"));
        Assert.Equal("2022-01-31", question.Str("meetingDate"));
        Assert.Contains("<mark>warehousing</mark>", question.Str("snippet"), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("/api/packs/" + SeedIndexing.March2022 + "/pdf#page=", question.Str("pdf"));
    }

    [Fact]
    public async Task Filtering_by_Chris_Tambini_returns_only_his_reports()
    {
        var results = await _api.GetJson("/api/search?officer=Chris%20Tambini");

        var hits = results.Items("hits");
        Assert.Equal(
            ["scrutiny-commission:2021-07-12:item-9", "scrutiny-commission:2022-03-09:item-10"],
            hits.Select(h => h.Str("id")).Order(StringComparer.Ordinal));
        Assert.All(hits, h =>
        {
            Assert.Equal("item", h.Str("type"));
            Assert.Contains("Chris Tambini", h.GetProperty("officers").EnumerateArray().Select(o => o.GetString()));
        });
        Assert.Equal(["item=2"], results.Facet("type"));
    }
}
