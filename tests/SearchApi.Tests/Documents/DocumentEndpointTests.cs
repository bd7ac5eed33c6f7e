using AgendaSearch.SearchApi.Tests.Support;
using static AgendaSearch.SearchApi.Tests.Support.Council;

namespace AgendaSearch.SearchApi.Tests.Documents;

public sealed class DocumentEndpointTests : IDisposable
{
    private readonly TestApi _api = new TestApi().SeedCouncil();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_record_comes_whole_with_its_text_and_links()
    {
        var record = await _api.GetJson($"/api/documents/{WaysOfWorking}");

        Assert.Equal(WaysOfWorking, record.Str("id"));
        Assert.Equal(WaysOfWorkingText, record.Str("text"));
        Assert.Equal([0, WaysOfWorkingText.IndexOf("Savings", StringComparison.Ordinal)],
            record.GetProperty("pageStarts").EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal(JanuaryPack, record.Str("packId"));
        Assert.Equal([JanuaryPack], record.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!));
        var links = record.GetProperty("links");
        Assert.Equal($"/api/documents/{WaysOfWorking}", links.Str("self"));
        Assert.Equal($"/api/packs/{JanuaryPack}/pdf#page=37", links.Str("pdf"));
        Assert.Equal($"/api/meetings/{JanuaryMeeting}", links.Str("meeting"));
        Assert.Equal($"/api/documents/{WaysOfWorking}/related", links.Str("related"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, links.GetProperty("parent").ValueKind);
    }

    [Fact]
    public async Task An_id_with_colons_routes_raw_or_percent_encoded_and_its_parent_link_resolves()
    {
        Assert.Equal("scrutiny-commission:2022-01-31:minute-61:resolution-b", ResolutionB);

        var raw = await _api.GetJson("/api/documents/scrutiny-commission:2022-01-31:minute-61:resolution-b");
        var encoded = await _api.GetJson("/api/documents/scrutiny-commission%3A2022-01-31%3Aminute-61%3Aresolution-b");

        Assert.Equal(ResolutionB, raw.Str("id"));
        Assert.Equal(ResolutionB, encoded.Str("id"));
        Assert.Equal("b", raw.Str("resolutionLabel"));
        Assert.Equal(BudgetMinute, raw.Str("parentId"));
        var parent = await _api.GetJson(raw.GetProperty("links").Str("parent"));
        Assert.Equal(BudgetMinute, parent.Str("id"));
        Assert.Equal("minute", parent.Str("type"));
        var meeting = await _api.GetJson(raw.GetProperty("links").Str("meeting"));
        Assert.Equal(JanuaryMeeting, meeting.GetProperty("meeting").Str("id"));
    }

    [Fact]
    public async Task An_unknown_record_is_a_404_problem()
    {
        var problem = await _api.GetProblem("/api/documents/scrutiny-commission:2022-01-31:minute-99", 404);

        Assert.Equal("No such record", problem.Str("title"));
        Assert.Contains("scrutiny-commission:2022-01-31:minute-99", problem.Str("detail"));
    }

    [Fact]
    public async Task Related_records_share_words_and_leave_out_the_record_itself_and_meetings()
    {
        var related = await _api.GetJson($"/api/documents/{WaysOfWorking}/related");

        var ids = related.Ids("hits");
        Assert.Equal(BudgetStrategy, ids[0]);
        Assert.DoesNotContain(WaysOfWorking, ids);
        Assert.DoesNotContain(related.Items("hits"), hit => hit.Str("type") == "meeting");
        Assert.All(related.Items("hits"), hit => Assert.StartsWith("/api/packs/", hit.Str("pdf")));
    }

    [Fact]
    public async Task Related_takes_a_count()
    {
        var related = await _api.GetJson($"/api/documents/{WaysOfWorking}/related?count=1");

        Assert.Equal([BudgetStrategy], related.Ids("hits"));
    }

    [Fact]
    public async Task Related_for_an_unknown_record_is_a_404_and_a_bad_count_a_400()
    {
        await _api.GetProblem("/api/documents/no:such:record/related", 404);
        var problem = await _api.GetProblem($"/api/documents/{WaysOfWorking}/related?count=0", 400);

        Assert.Contains("from 1 to 50", problem.Error("count"));
    }
}
