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

    [Theory]
    [InlineData("Mrs Scott")]
    [InlineData("askedBy:\"Mrs Sharon Scott\"")]
    [InlineData("Sharon Scott")]
    public async Task The_questions_of_Mrs_Sharon_Scott_are_found_by_her_name_as_printed_or_bare(string query)
    {
        var results = await _api.GetJson("/api/search?type=question&q=" + Uri.EscapeDataString(query));

        // One public question of hers in each pack's minutes (June 2021 and January 2022 meetings).
        var hits = results.Items("hits");
        Assert.Equal(["2021-06-09", "2022-01-31"], hits.Select(h => h.Str("meetingDate")).Order(StringComparer.Ordinal));
        Assert.All(hits, h => Assert.Equal("Sharon Scott", h.Str("askedBy")));
    }

    [Fact]
    public async Task A_prefix_of_a_stemmed_word_finds_the_question_and_marks_the_word()
    {
        // "warehousing" is indexed under the stem "wareh", which "warehous" is not a prefix of.
        var results = await _api.GetJson("/api/search?q=warehous*&type=question&from=2022-01-01");

        var question = Assert.Single(results.Items("hits"));
        Assert.Equal("2022-01-31", question.Str("meetingDate"));
        Assert.Contains("<mark>Warehousing</mark>", question.Str("snippet"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("complain*", "scrutiny-commission:2021-07-12:item-10")]
    [InlineData("complainan*", "scrutiny-commission:2021-07-12:item-10")]
    [InlineData("strategy~", "scrutiny-commission:2021-07-12:item-11")]
    [InlineData("title:outturn*", "scrutiny-commission:2021-07-12:item-9")]
    [InlineData("title:Outtur?", "scrutiny-commission:2021-07-12:item-9")]
    public async Task Prefix_fuzzy_and_fielded_wildcard_queries_find_their_reports(string query, string id)
    {
        var results = await _api.GetJson("/api/search?type=item&pageSize=100&q=" + Uri.EscapeDataString(query));

        Assert.Contains(id, results.Ids("hits"));
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
