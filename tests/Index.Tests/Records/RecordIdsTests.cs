using AgendaSearch.Records;

namespace AgendaSearch.Index.Tests.Records;

public sealed class RecordIdsTests
{
    [Theory]
    [InlineData("Scrutiny Commission", "scrutiny-commission")]
    [InlineData("  Children & Families Overview and Scrutiny Committee ", "children-families-overview-and-scrutiny-committee")]
    [InlineData("Council's Cabinet", "councils-cabinet")]
    [InlineData("Cyngor Sir Ynys Môn: 2022/23", "cyngor-sir-ynys-môn-2022-23")]
    public void Slugs_are_lower_case_words_joined_by_dashes(string value, string slug) =>
        Assert.Equal(slug, RecordIds.Slug(value));

    [Fact]
    public void Ids_compose_from_the_meeting_down()
    {
        var meeting = RecordIds.Meeting("Scrutiny Commission", new DateOnly(2022, 1, 31));
        var minute = RecordIds.Minute(meeting, 61);
        Assert.Equal("scrutiny-commission:2022-01-31", meeting);
        Assert.Equal("scrutiny-commission:undated", RecordIds.Meeting("Scrutiny Commission", null));
        Assert.Equal("scrutiny-commission:2022-03-09:item-9", RecordIds.Item("scrutiny-commission:2022-03-09", 9));
        Assert.Equal("scrutiny-commission:2022-01-31:minute-61:resolution-b", RecordIds.Resolution(minute, "b"));
        Assert.Equal("scrutiny-commission:2022-01-31:minute-61:resolution", RecordIds.Resolution(minute, ""));
        Assert.Equal("scrutiny-commission:2022-01-31:minute-55:question-1", RecordIds.Question(RecordIds.Minute(meeting, 55), 1));
    }

    [Fact]
    public void A_citation_path_round_trips()
    {
        const string id = "scrutiny-commission:2022-01-31:minute-61:resolution-b";
        Assert.Equal("scrutiny-commission/2022-01-31/minute-61/resolution-b", RecordIds.ToPath(id));
        Assert.Equal(id, RecordIds.FromPath("/" + RecordIds.ToPath(id)));
    }
}
