using System.Net;
using System.Text.Json;
using AgendaSearch.SearchApi.Citations;
using AgendaSearch.SearchApi.Tests.Support;
using static AgendaSearch.SearchApi.Tests.Support.Council;

namespace AgendaSearch.SearchApi.Tests.Citations;

public sealed class CitationTests : IDisposable
{
    private readonly TestApi _api = new TestApi().SeedCouncil();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_record_is_cited_by_a_readable_url_and_a_reference_naming_body_date_minute_and_page()
    {
        var record = await _api.GetJson($"/api/documents/{ResolutionB}");

        Assert.Equal("/r/scrutiny-commission/2022-01-31/minute-61/resolution-b", record.Str("url"));
        Assert.Equal(
            $"Scrutiny Commission, 31 January 2022, minute 61, resolution (b): \"Budget\". Pack {JanuaryPack}, p. 9.",
            record.Str("citation"));
        var hit = (await _api.GetJson("/api/search?q=million")).Items("hits")[0];
        Assert.Equal("/r/scrutiny-commission/2022-01-31/item-9", hit.Str("url"));
        Assert.Equal($"Scrutiny Commission, 31 January 2022, agenda item 9: \"Ways of Working\". Pack {JanuaryPack}, pp. 37\u201342.", hit.Str("citation"));
    }

    [Fact]
    public async Task A_citation_url_redirects_to_the_record_on_the_search_page()
    {
        // The test client follows redirects, as a browser does: it ends on the page with the record's state URL.
        using var response = await _api.Client.GetAsync("/r/scrutiny-commission/2022-01-31/minute-61/resolution-b");

        Assert.Equal("/?doc=scrutiny-commission%3A2022-01-31%3Aminute-61%3Aresolution-b", response.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_meeting_citation_opens_the_meeting_and_an_unknown_one_is_a_404()
    {
        using var meeting = await _api.Client.GetAsync("/r/scrutiny-commission/2022-01-31");
        Assert.Equal("/?meeting=scrutiny-commission%3A2022-01-31", meeting.RequestMessage!.RequestUri!.PathAndQuery);

        var problem = await _api.GetProblem("/r/scrutiny-commission/2022-01-31/minute-99", 404);
        Assert.Contains("/r/scrutiny-commission/2022-01-31/minute-99", problem.Str("detail"));
    }

    [Fact]
    public void Citation_paths_escape_what_a_url_cannot_carry_and_read_back_to_the_id()
    {
        const string id = "ynys-môn-council:2022-01-31:minute-61";

        var path = CitationLinks.Path(id);

        Assert.Equal("/r/ynys-m%C3%B4n-council/2022-01-31/minute-61", path);
        Assert.Equal(id, CitationLinks.IdOf(Uri.UnescapeDataString(path[CitationLinks.Prefix.Length..])));
        Assert.Null(CitationLinks.IdOf("scrutiny-commission:2022-01-31"));
    }

    [Fact]
    public async Task Citation_urls_of_the_seed_corpus_survive_a_full_reindex()
    {
        using var first = new TestApi().SeedCorpus(SeedIndexing.July2021, SeedIndexing.March2022);
        var before = await Citations(first);

        // A new index from scratch: the PDFs read and parsed again, the packs written in the other order.
        using var second = new TestApi().SeedCorpus(SeedIndexing.March2022, SeedIndexing.July2021);
        var after = await Citations(second);

        Assert.True(before.Count > 50, $"only {before.Count} records in the seed corpus");
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (url, title) in before.Where((_, i) => i % 10 == 0))
        {
            using var response = await second.Client.GetAsync(url);
            var id = Uri.UnescapeDataString(response.RequestMessage!.RequestUri!.Query.Split('=')[1]);
            Assert.Equal(title, second.Index.Get(id)!.Title);
        }

        Assert.Contains("http://localhost/r/scrutiny-commission/2022-01-31/minute-61/resolution-b", after.Keys);
    }

    /// <summary>Every record's citation URL and title, as the NDJSON export gives them.</summary>
    private static async Task<Dictionary<string, string>> Citations(TestApi api)
    {
        var body = await api.Client.GetStringAsync("/api/search.ndjson?type=meeting&type=item&type=minute&type=resolution&type=question");
        return body.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(row => row.Str("url"), row => row.Str("title"));
    }
}
