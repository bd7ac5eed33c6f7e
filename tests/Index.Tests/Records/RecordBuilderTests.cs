using AgendaSearch.Records;
using AgendaSearch.Ingest.Records;

namespace AgendaSearch.Index.Tests.Records;

public sealed class RecordBuilderTests
{
    private const string Pack = "scrutiny-commission-2022-03-09-agenda-pack.pdf";
    private static readonly IReadOnlyList<SearchRecord> Records = RecordBuilder.Build(SamplePack.Build(), Pack);

    private static SearchRecord One(string id) => Assert.Single(Records, r => r.Id == id);

    [Fact]
    public void Ids_follow_the_natural_key_scheme()
    {
        Assert.Equal(
        [
            "scrutiny-commission:2022-03-09",
            "scrutiny-commission:2022-03-09:item-1",
            "scrutiny-commission:2022-03-09:item-10",
            "scrutiny-commission:2022-01-31",
            "scrutiny-commission:2022-01-31:minute-55",
            "scrutiny-commission:2022-01-31:minute-61",
            "scrutiny-commission:2022-01-31:minute-61:resolution-a",
            "scrutiny-commission:2022-01-31:minute-61:resolution-b",
            "scrutiny-commission:2022-01-31:minute-62",
            "scrutiny-commission:2022-01-31:minute-62:resolution",
            "scrutiny-commission:2022-01-31:minute-55:question-1",
            "scrutiny-commission:2022-03-09:question-1",
        ], Records.Select(r => r.Id));
        Assert.All(Records, r => Assert.Equal([Pack], r.Sources));
    }

    [Fact]
    public void Minutes_carry_the_date_of_the_meeting_they_record_and_items_the_meeting_they_were_put_to()
    {
        Assert.Equal(new DateOnly(2022, 3, 9), One("scrutiny-commission:2022-03-09:item-10").MeetingDate);
        Assert.Equal(new DateOnly(2022, 1, 31), One("scrutiny-commission:2022-01-31:minute-61").MeetingDate);
        Assert.Equal(new DateOnly(2022, 1, 31), One("scrutiny-commission:2022-01-31:minute-61:resolution-b").MeetingDate);
        Assert.Equal(new DateOnly(2022, 1, 31), One("scrutiny-commission:2022-01-31:minute-55:question-1").MeetingDate);
        Assert.Equal("scrutiny-commission:2022-01-31", One("scrutiny-commission:2022-01-31:minute-61").MeetingId);
        Assert.Equal("scrutiny-commission:2022-03-09", One("scrutiny-commission:2022-03-09:item-10").MeetingId);
    }

    [Fact]
    public void An_item_has_its_report_text_officers_by_full_name_and_page_starts()
    {
        var item = One("scrutiny-commission:2022-03-09:item-10");
        Assert.Equal(SamplePack.Page3 + "\n" + SamplePack.Page4, item.Text);
        Assert.Equal(["Chris Tambini", "Declan Keegan"], item.Officers);
        Assert.Equal([3, 4], item.Pages);
        Assert.Equal([0, SamplePack.Page3.Length + 1], item.PageStarts);
        Assert.Equal(10, item.ItemNumber);
        Assert.Equal("5-14", One("scrutiny-commission:2022-03-09:item-1").Extra["statedPages"]);
        Assert.Equal("Minutes of the meeting held on 31st January 2022", One("scrutiny-commission:2022-03-09:item-1").Text);
        Assert.Equal("To report the position.", item.Extra["purpose"]);
    }

    [Fact]
    public void Resolutions_and_questions_point_to_their_minute()
    {
        var resolution = One("scrutiny-commission:2022-01-31:minute-61:resolution-a");
        Assert.Equal("scrutiny-commission:2022-01-31:minute-61", resolution.ParentId);
        Assert.Equal("(a)", resolution.ResolutionLabel);
        Assert.Equal(61, resolution.MinuteNumber);

        var question = One("scrutiny-commission:2022-01-31:minute-55:question-1");
        Assert.Equal("scrutiny-commission:2022-01-31:minute-55", question.ParentId);
        Assert.Equal("Sharon Scott", question.AskedBy);
        Assert.Equal("Chairman", question.AnsweredBy);
        Assert.Equal("Please can the Chairman explain the delay?\n\nReply: It was agreed.", question.Text);

        var member = One("scrutiny-commission:2022-03-09:question-1");
        Assert.Null(member.ParentId);
        Assert.Equal("M. Hunt", member.AskedBy);
        Assert.Equal("Chris Tambini", member.AnsweredBy);
        Assert.Equal("Mr. M. Hunt CC", member.Extra["askedByAsPrinted"]);
    }

    [Fact]
    public void The_recorded_meeting_is_kept_as_a_derived_meeting_record()
    {
        var own = One("scrutiny-commission:2022-03-09");
        Assert.Equal("Scrutiny Commission \u2013 9 March 2022", own.Title);
        Assert.False(own.Extra.ContainsKey(RecordBuilder.DerivedFromKey));
        Assert.Contains("10. 2021/22 Medium Term Financial Strategy Monitoring (Period 10)", own.Text);

        var recorded = One("scrutiny-commission:2022-01-31");
        Assert.Equal("minutes", recorded.Extra[RecordBuilder.DerivedFromKey]);
        Assert.Equal("M. T. Mullaney", recorded.Extra["chair"]);
        Assert.Equal([5, 7], recorded.Pages);
    }

    [Fact]
    public void A_pack_without_a_meeting_is_undated_under_the_body_of_its_minutes_and_keyed_by_the_document()
    {
        var records = RecordBuilder.Build(SamplePack.Build(withMeeting: false), Pack);
        var meetingId = $"scrutiny-commission:undated-{RecordIds.Slug(Pack)}";
        Assert.Contains(records, r => r.Id == meetingId + ":item-10" && r.MeetingDate is null && r.Body == "Scrutiny Commission");
        Assert.Equal("agenda", Assert.Single(records, r => r.Id == meetingId).Extra[RecordBuilder.DerivedFromKey]);
        Assert.DoesNotContain(records, r => r.Id.StartsWith("scrutiny-commission:undated:", StringComparison.Ordinal));
    }

    [Fact]
    public void Repeated_ids_are_made_unique()
    {
        var pack = SamplePack.Build() with
        {
            AgendaItems = [new Ingest.AgendaItems.AgendaItem(3, "First"), new Ingest.AgendaItems.AgendaItem(3, "Second")],
        };
        var ids = RecordBuilder.Build(pack, Pack).Select(r => r.Id).ToList();
        Assert.Contains("scrutiny-commission:2022-03-09:item-3", ids);
        Assert.Contains("scrutiny-commission:2022-03-09:item-3-2", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
