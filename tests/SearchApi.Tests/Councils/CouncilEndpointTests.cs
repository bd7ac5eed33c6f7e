using AgendaSearch.Records;
using System.Net;
using System.Text;
using AgendaSearch.SearchApi.Tests.Export;
using AgendaSearch.SearchApi.Tests.Support;
using static AgendaSearch.SearchApi.Tests.Councils.TwoCouncils;

namespace AgendaSearch.SearchApi.Tests.Councils;

public sealed class CouncilEndpointTests
{
    [Fact]
    public async Task The_council_is_a_facet_a_filter_and_a_field_of_every_hit()
    {
        using var api = new TestApi().SeedTwoCouncils();

        var all = await api.GetJson("/api/search?q=budget");
        Assert.Equal([$"{Kent}=3", $"{Bristol}=2"], all.Facet("council"));
        Assert.All(all.Items("hits"), hit => Assert.Contains(hit.Str("council"), new[] { Kent, Bristol }));

        var kent = await api.GetJson("/api/search?q=budget&council=kent-county-council");
        Assert.Equal(3, kent.Int("total"));
        Assert.All(kent.Items("hits"), hit => Assert.Equal(Kent, hit.Str("council")));
        // Drill-sideways: the other council stays on offer.
        Assert.Equal([$"{Kent}=3", $"{Bristol}=2"], kent.Facet("council"));

        var both = await api.GetJson($"/api/search?q=budget&council={Uri.EscapeDataString(Kent)}&council={Uri.EscapeDataString(Bristol.ToUpperInvariant())}");
        Assert.Equal(5, both.Int("total"));
        Assert.Equal(0, (await api.GetJson("/api/search?q=budget&council=Leicestershire")).Int("total"));
    }

    [Fact]
    public async Task Documents_meetings_and_citations_name_the_council()
    {
        using var api = new TestApi().SeedTwoCouncils();
        var itemId = KentMeeting + ":item-3";

        var document = await api.GetJson($"/api/documents/{itemId}");
        Assert.Equal((Kent, "kent-county-council/cabinet/2025-01-30/item-3"), (document.Str("council"), document.Str("url")["/r/".Length..]));
        Assert.StartsWith($"{Kent}, Cabinet, 30 January 2025, agenda item 3:", document.Str("citation"));

        var meetings = await api.GetJson("/api/meetings?council=bristol-city-council");
        var meeting = Assert.Single(meetings.Items("meetings"));
        Assert.Equal((BristolMeeting, Bristol), (meeting.Str("id"), meeting.Str("council")));
        Assert.Equal(2, (await api.GetJson("/api/meetings")).Items("meetings").Count);

        var kentMeeting = await api.GetJson($"/api/meetings/{KentMeeting}");
        Assert.Equal(Kent, kentMeeting.GetProperty("meeting").Str("council"));
        Assert.All(kentMeeting.Items("minutes"), minute => Assert.Equal(Kent, minute.Str("council")));
        Assert.Equal([KentMeeting + ":minute-12", KentMeeting + ":minute-13"], kentMeeting.Ids("minutes"));
    }

    [Fact]
    public async Task An_old_citation_url_opens_its_record_when_only_one_council_has_it()
    {
        using var api = new TestApi().SeedTwoCouncils();

        // The test client follows redirects, as a browser does: it ends on the page with the record's state URL.
        using var unique = await api.Client.GetAsync("/r/cabinet/2025-01-30/minute-13");
        Assert.Equal($"/?doc={Uri.EscapeDataString(KentMeeting + ":minute-13")}", unique.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, unique.StatusCode);

        using var meeting = await api.Client.GetAsync("/r/kent-county-council/cabinet/2025-01-30");
        Assert.Equal($"/?meeting={Uri.EscapeDataString(KentMeeting)}", meeting.RequestMessage!.RequestUri!.PathAndQuery);

        // Both councils have a minute 12 of their cabinet that day: the old URL cannot say which.
        await api.GetProblem("/r/cabinet/2025-01-30/minute-12", 404);
    }

    [Fact]
    public async Task A_meeting_lists_every_record_however_many_in_order_with_its_opening()
    {
        const int count = 150;
        var minutes = Enumerable.Range(1, count).Select(n =>
            Record(Kent, KentPack, RecordKind.Minute, $"minute-{n}", $"Minute {n}", $"Minute {n} says   what the Cabinet\nagreed. " + string.Join(' ', Enumerable.Repeat("budget", 80))) with { MinuteNumber = n });
        var resolutions = Enumerable.Range(1, count).Select(n =>
            Record(Kent, KentPack, RecordKind.Resolution, $"minute-{n}:resolution", $"Minute {n} \u2013 resolution", $"RESOLVED that item {n} be agreed.") with
            {
                MinuteNumber = n,
                ParentId = $"{KentMeeting}:minute-{n}",
            });
        using var api = new TestApi().Seed(KentPack, [Record(Kent, KentPack, RecordKind.Meeting, "", "Cabinet", ""), .. minutes, .. resolutions]);

        var meeting = await api.GetJson($"/api/meetings/{KentMeeting}");

        Assert.Equal(Enumerable.Range(1, count).Select(n => $"{KentMeeting}:minute-{n}"), meeting.Ids("minutes"));
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"{KentMeeting}:minute-{n}:resolution"), meeting.Ids("resolutions"));
        Assert.Equal("RESOLVED that item 150 be agreed.", meeting.Items("resolutions")[^1].Str("opening"));
        var opening = meeting.Items("minutes")[0].Str("opening");
        Assert.StartsWith("Minute 1 says what the Cabinet agreed. budget budget", opening);
        Assert.EndsWith("budget\u2026", opening);
        Assert.True(opening.Length <= 241, opening);
    }

    [Fact]
    public async Task Exports_feeds_and_trails_carry_the_council()
    {
        using var api = new TestApi().SeedTwoCouncils();

        var csv = Csv.Parse(Encoding.UTF8.GetString(await api.Client.GetByteArrayAsync("/api/search.csv?q=budget&council=bristol-city-council"))[1..]);
        var council = csv[0].IndexOf("council");
        Assert.True(council >= 0);
        Assert.Equal([Bristol, Bristol], csv.Skip(1).Select(row => row[council]));

        var feed = await api.Client.GetStringAsync("/api/search.atom?q=budget&council=kent-county-council");
        Assert.Contains("kent-county-council", feed);
        Assert.Equal(3, feed.Split("<entry>").Length - 1);

        var trail = await api.GetJson($"/api/documents/{KentMeeting}:minute-12/trail");
        Assert.All(trail.Items("steps"), step => Assert.Equal(Kent, step.Str("council")));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_council()
    {
        using var api = new TestApi();

        var document = await api.GetJson("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/search.csv", "/api/search.ndjson", "/api/search.atom", "/api/meetings" })
        {
            Assert.Contains(paths.GetProperty(path).GetProperty("get").Items("parameters"), p => p.Str("name") == "council");
        }

        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var schema in new[] { "RecordSummary", "MeetingSummary", "TrailStepResponse", "SearchFacets" })
        {
            Assert.True(schemas.GetProperty(schema).GetProperty("properties").TryGetProperty("council", out _), schema);
        }
    }
}
