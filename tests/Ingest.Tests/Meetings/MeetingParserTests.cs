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
    [InlineData("summons-front-sheet.txt")]
    [InlineData("cover-over-issue-date.txt")]
    [InlineData("letter-heading.txt")]
    [InlineData("board-of-health-title.txt")]
    [InlineData("title-line-with-date.txt")]
    [InlineData("body-meeting-date-heading.txt")]
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

    [Fact]
    public void The_summons_names_the_meeting_not_the_date_it_was_issued()
    {
        var meeting = FromFront("summons-front-sheet.txt")!;

        Assert.Equal(("County Council", new DateOnly(2025, 1, 9)), (meeting.Body, meeting.Date!.Value));
    }

    [Fact]
    public void A_cover_s_date_broken_over_lines_wins_over_the_issue_date()
    {
        var meeting = FromFront("cover-over-issue-date.txt")!;

        Assert.Equal(new DateOnly(2025, 2, 13), meeting.Date);
    }

    [Fact]
    public void A_letter_s_date_is_not_the_meeting_s_but_its_heading_line_is()
    {
        var meeting = FromFront("letter-heading.txt")!;

        Assert.Equal(("Cabinet", new DateOnly(2025, 1, 30)), (meeting.Body, meeting.Date!.Value));
    }

    [Fact]
    public void A_letter_s_date_alone_names_no_meeting()
    {
        var lines = AgendaSearch.Ingest.Packs.PackLines.Read(FixtureText.Parse("t", "Ask for: | Jo Bloggs\nDate: | 27 January 2025\n\nDear Member\nPlease find enclosed the papers.")).Lines;

        Assert.Null(MeetingParser.Parse(lines, [], null));
    }

    [Fact]
    public void Reads_a_board_of_a_subject_and_a_us_agenda_date()
    {
        var meeting = FromFront("board-of-health-title.txt")!;

        Assert.Equal(("Lakeside County Board of Health", new DateOnly(2019, 4, 24)), (meeting.Body, meeting.Date!.Value));
    }

    [Fact]
    public void A_long_joint_title_may_end_on_the_date_line()
    {
        var meeting = FromFront("title-line-with-date.txt")!;

        Assert.Equal(("Northshire Combined Authority Committee and Northshire Joint Committee", new DateOnly(2026, 6, 5)), (meeting.Body, meeting.Date!.Value));
    }

    [Fact]
    public void Reads_body_meeting_date_without_a_dash()
    {
        var meeting = FromFront("body-meeting-date-heading.txt")!;

        Assert.Equal(("Kingsford Town Council", new DateOnly(2017, 2, 21)), (meeting.Body, meeting.Date!.Value));
    }

    [Fact]
    public void A_numbered_minutes_title_is_no_meeting_heading()
    {
        var lines = AgendaSearch.Ingest.Packs.PackLines.Read(FixtureText.Parse("t", "3. MINUTES OF THE CABINET - 4 MARCH 2025\n4. Budget Monitoring")).Lines;

        Assert.Null(MeetingParser.Parse(lines, [], null));
    }
}
