using AgendaSearch.Records;
using AgendaSearch.SearchApi.Tests.Support;
using static AgendaSearch.SearchApi.Tests.Support.Council;

namespace AgendaSearch.SearchApi.Tests.Meetings;

public sealed class MeetingEndpointTests : IDisposable
{
    private readonly TestApi _api = new TestApi().SeedCouncil();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Meetings_are_listed_newest_first()
    {
        var list = await _api.GetJson("/api/meetings");

        Assert.Equal([JanuaryMeeting, JulyMeeting, MarchMeeting], list.Ids("meetings"));
        var first = list.Items("meetings")[0];
        Assert.Equal(Scrutiny, first.Str("body"));
        Assert.Equal("2022-01-31", first.Str("meetingDate"));
        Assert.Equal($"/api/meetings/{JanuaryMeeting}", first.Str("url"));
        Assert.Equal($"/api/packs/{JanuaryPack}/pdf#page=1", first.Str("pdf"));
    }

    [Theory]
    [InlineData("body=Cabinet", new[] { "cabinet:2021-07-12" })]
    [InlineData("body=Scrutiny%20Commission", new[] { "scrutiny-commission:2022-01-31", "scrutiny-commission:2021-03-09" })]
    [InlineData("from=2021-07-12", new[] { "scrutiny-commission:2022-01-31", "cabinet:2021-07-12" })]
    [InlineData("from=2021-01-01&to=2021-07-12", new[] { "cabinet:2021-07-12", "scrutiny-commission:2021-03-09" })]
    [InlineData("body=Cabinet&to=2021-07-11", new string[0])]
    public async Task Meetings_filter_by_body_and_inclusive_dates(string query, string[] expected)
    {
        Assert.Equal(expected, (await _api.GetJson($"/api/meetings?{query}")).Ids("meetings"));
    }

    [Fact]
    public async Task A_bad_date_in_the_meeting_list_is_a_400_problem()
    {
        var problem = await _api.GetProblem("/api/meetings?from=January", 400);

        Assert.Contains("YYYY-MM-DD", problem.Error("from"));
    }

    [Fact]
    public async Task A_meeting_lists_its_records_by_kind_in_document_order()
    {
        var meeting = await _api.GetJson($"/api/meetings/{JanuaryMeeting}");

        var summary = meeting.GetProperty("meeting");
        Assert.Equal(JanuaryMeeting, summary.Str("id"));
        Assert.Equal("City Hall", summary.GetProperty("extra").Str("venue"));
        Assert.Equal([BudgetMonitoring, WaysOfWorking], meeting.Ids("items"));
        Assert.Equal([Declarations, BudgetMinute], meeting.Ids("minutes"));
        Assert.Equal([ResolutionA, ResolutionB], meeting.Ids("resolutions"));
        Assert.All(meeting.Items("resolutions"), r => Assert.Equal(BudgetMinute, r.Str("parentId")));
        Assert.Equal([Question], meeting.Ids("questions"));
        Assert.Empty(meeting.Items("other"));
        Assert.All(meeting.Items("items"), item => Assert.False(item.TryGetProperty("text", out _)));
    }

    [Fact]
    public async Task A_meeting_known_only_from_its_records_is_still_served()
    {
        var minutesOnly = RecordIds.Minute("planning-committee:2022-05-01", 4);
        _api.Seed("printed-minutes", new SearchRecord
        {
            Id = minutesOnly,
            Type = RecordKind.Minute,
            Body = "Planning Committee",
            MeetingDate = new DateOnly(2022, 5, 1),
            PackId = "printed-minutes",
            Title = "Apologies",
            Text = "Apologies were received.",
            MinuteNumber = 4,
            MeetingId = "planning-committee:2022-05-01",
        });

        var meeting = await _api.GetJson("/api/meetings/planning-committee:2022-05-01");

        Assert.Equal("Planning Committee", meeting.GetProperty("meeting").Str("body"));
        Assert.Equal([minutesOnly], meeting.Ids("minutes"));
    }

    [Fact]
    public async Task An_unknown_meeting_or_a_record_that_is_not_a_meeting_is_a_404_problem()
    {
        var problem = await _api.GetProblem("/api/meetings/scrutiny-commission:1999-01-01", 404);
        Assert.Equal("No such meeting", problem.Str("title"));

        await _api.GetProblem($"/api/meetings/{WaysOfWorking}", 404);
    }
}
