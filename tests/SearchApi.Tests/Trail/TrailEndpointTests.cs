using System.Text.Json;
using AgendaSearch.Records;
using AgendaSearch.SearchApi.Tests.Support;

namespace AgendaSearch.SearchApi.Tests.Trail;

/// <summary>GET /api/documents/{id}/trail on the seed corpus (both packs read from corpus/).</summary>
public sealed class TrailEndpointTests : IClassFixture<TrailEndpointTests.Seeded>
{
    private static readonly string January = RecordIds.Meeting("Scrutiny Commission", new DateOnly(2022, 1, 31));
    private static readonly string Minute61 = RecordIds.Minute(January, 61);
    private readonly TestApi _api;

    public TrailEndpointTests(Seeded seeded) => _api = seeded.Api;

    [Fact]
    public async Task Minute_61_names_agenda_item_8_as_not_in_the_corpus_then_its_resolutions_and_confirmation()
    {
        var trail = await _api.GetJson($"/api/documents/{Minute61}/trail");

        Assert.Equal(Minute61, trail.Str("id"));
        Assert.Equal("/r/scrutiny-commission/2022-01-31/minute-61", trail.Str("url"));
        var steps = trail.Items("steps");
        Assert.Equal(
            ["report not-in-corpus", "minute found", "resolution found", "resolution found", "confirmation found"],
            steps.Select(s => $"{s.Str("kind")} {s.Str("status")}"));

        var report = steps[0];
        Assert.Equal(8, report.Int("itemNumber"));
        Assert.Equal("2022-01-31", report.Str("meetingDate"));
        Assert.Equal(JsonValueKind.Null, report.GetProperty("id").ValueKind);
        Assert.Contains("not in the corpus", report.Str("note"));

        Assert.True(steps[1].GetProperty("current").GetBoolean());
        Assert.Equal(["resolution-a", "resolution-b"], steps.Skip(2).Take(2).Select(s => s.Str("id").Split(':')[^1]));
        Assert.All(steps.Skip(1).Take(3), step => Assert.StartsWith("/api/packs/scrutiny-commission-2022-03-09-agenda-pack/pdf#page=", step.Str("pdf")));

        var confirmation = steps[4];
        Assert.Equal(("2022-03-09", 1), (confirmation.Str("meetingDate"), confirmation.Int("itemNumber")));
        Assert.Equal(steps[1].Str("pdf"), confirmation.Str("pdf"));
        var item = await _api.GetJson(confirmation.Str("api"));
        Assert.StartsWith("Minutes of the meeting held on 31", item.Str("title"));
    }

    [Fact]
    public async Task A_resolution_has_the_same_trail_as_its_minute_and_the_document_links_to_it()
    {
        var resolution = RecordIds.Resolution(Minute61, "b");
        var document = await _api.GetJson($"/api/documents/{resolution}");

        var trail = await _api.GetJson(document.GetProperty("links").Str("trail"));

        var fromMinute = (await _api.GetJson($"/api/documents/{Minute61}/trail")).Items("steps");
        Assert.Equal(fromMinute.Select(s => s.GetProperty("id").ToString()), trail.Items("steps").Select(s => s.GetProperty("id").ToString()));
        Assert.Equal([resolution], trail.Items("steps").Where(s => s.GetProperty("current").GetBoolean()).Select(s => s.Str("id")));
    }

    [Fact]
    public async Task An_unknown_record_has_no_trail()
    {
        await _api.GetProblem($"/api/documents/{January}:minute-99/trail", 404);
    }

    /// <summary>One host with both seed packs for the class.</summary>
    public sealed class Seeded : IDisposable
    {
        internal TestApi Api { get; } = new TestApi().SeedCorpus(SeedIndexing.July2021, SeedIndexing.March2022);

        public void Dispose() => Api.Dispose();
    }
}
