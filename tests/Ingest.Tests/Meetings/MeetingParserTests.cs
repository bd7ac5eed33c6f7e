using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.Meetings;

public sealed class MeetingParserTests
{
    private const string Kind = "Meetings";

    private static Meeting? FromFront(string name) =>
        MeetingParser.Parse(FixtureText.Lines(Kind, name), [], null);

    [Theory]
    [InlineData("labelled-front-sheet.txt")]
    [InlineData("ask-for-front-sheet.txt")]
    [InlineData("title-over-date.txt")]
    public void Fixture_parses_to_the_expected_meeting(string name) =>
        FixtureCase.Check(Kind, name, FromFront);

    [Fact]
    public void Reads_a_labelled_front_sheet()
    {
        var meeting = FromFront("labelled-front-sheet.txt")!;

        Assert.Equal(("Scrutiny Commission", new DateOnly(2021, 7, 12), "10:00", "front-sheet"), (meeting.Body, meeting.Date!.Value, meeting.Time, meeting.From));
        Assert.Equal("Council Chamber, County Hall, Glenfield", meeting.Location);
        Assert.Equal(("Mrs J Twomey", "0116 305 2583", "joanne.twomey@leics.gov.uk"), (meeting.Contact, meeting.ContactPhone, meeting.ContactEmail));
        Assert.Equal(["M. T. Mullaney", "T. Barkley", "J. Morgan", "H. J. Fryer", "R. Page"], meeting.Membership!);
        Assert.Equal("M. T. Mullaney", meeting.Chair);
    }

    [Fact]
    public void Reads_an_ask_for_block_and_the_body_from_the_title_line()
    {
        var meeting = FromFront("ask-for-front-sheet.txt")!;

        Assert.Equal(("Cabinet", new DateOnly(2023, 3, 23), "14:30"), (meeting.Body, meeting.Date!.Value, meeting.Time));
        Assert.Equal(("Hayley Savage", "03000 414286"), (meeting.Contact, meeting.ContactPhone));
        Assert.Equal(["R W Gough", "C Bell", "D L Brazier", "P J Oakford"], meeting.Membership!);
        Assert.Equal("R W Gough", meeting.Chair);
    }

    [Fact]
    public void Reads_a_title_line_over_the_date_and_time()
    {
        var meeting = FromFront("title-over-date.txt")!;

        Assert.Equal(("City Council", new DateOnly(2024, 3, 5), "18:00"), (meeting.Body, meeting.Date!.Value, meeting.Time));
        Assert.Equal("Council Chambers, City Hall, 100 N Main Street", meeting.Location);
    }

    [Fact]
    public void Under_the_council_s_name_the_title_nearest_the_date_is_the_body()
    {
        var lines = AgendaSearch.Ingest.Packs.PackLines.Read(FixtureText.Parse("t", "KENT COUNTY COUNCIL\nGOVERNANCE AND AUDIT COMMITTEE\nWednesday, 17th April, 2024\n10.00 am")).Lines;

        var meeting = MeetingParser.Parse(lines, [], null)!;

        Assert.Equal(("Governance and Audit Committee", new DateOnly(2024, 4, 17), "10:00"), (meeting.Body, meeting.Date!.Value, meeting.Time));
    }

    [Fact]
    public void Without_a_front_sheet_the_most_common_report_header_names_the_meeting()
    {
        MeetingRef[] headers =
        [
            new("Scrutiny Commission", new DateOnly(2022, 3, 9)),
            new("Cabinet", new DateOnly(2022, 3, 22)),
            new("Scrutiny Commission", new DateOnly(2022, 3, 9)),
        ];

        var meeting = MeetingParser.Parse([], headers, null)!;

        Assert.Equal(("Scrutiny Commission", new DateOnly(2022, 3, 9), "report-header"), (meeting.Body, meeting.Date!.Value, meeting.From));
    }

    [Fact]
    public void A_minutes_document_is_for_the_meeting_it_records()
    {
        var meeting = MeetingParser.Parse([], [], new MeetingRef("Cabinet", new DateOnly(2023, 3, 23)))!;

        Assert.Equal(("Cabinet", "minutes"), (meeting.Body, meeting.From));
    }

    [Fact]
    public void Nothing_to_go_on_is_no_meeting() =>
        Assert.Null(MeetingParser.Parse(FixtureText.Lines(Kind, "labelled-front-sheet.txt").Skip(12).ToList(), [], null));

    [Fact]
    public void Joins_a_body_name_wrapped_over_two_title_lines()
    {
        var lines = AgendaSearch.Ingest.Packs.PackLines.Read(FixtureText.Parse("t", """
            Adults and Communities Overview and Scrutiny
            Committee
            Date: | Friday, 7 September 2018
            Time: | 2.00 pm
            Location: | Council Chamber, County Hall, Kingsbridge
            """)).Lines;

        var meeting = MeetingParser.Parse(lines, [], null)!;

        Assert.Equal(("Adults and Communities Overview and Scrutiny Committee", new DateOnly(2018, 9, 7)), (meeting.Body, meeting.Date!.Value));
    }
}
