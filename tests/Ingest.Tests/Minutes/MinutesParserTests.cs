using AgendaSearch.Ingest.Minutes;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.Minutes;

public sealed class MinutesParserTests
{
    private const string Kind = "Minutes";

    private static MinutesRecord Parse(string name) =>
        MinutesParser.Parse(FixtureText.Lines(Kind, name), null, null).Record;

    [Theory]
    [InlineData("county-committee.txt")]
    [InlineData("printed-minutes-hundreds.txt")]
    [InlineData("parish-unnumbered.txt")]
    [InlineData("numbered-resolutions.txt")]
    [InlineData("item-headed.txt")]
    [InlineData("titled-policy-committee.txt")]
    [InlineData("town-committee.txt")]
    public void Fixture_parses_to_the_expected_record(string name) =>
        FixtureCase.Check(Kind, name, Parse);

    [Fact]
    public void Numbered_paragraphs_inside_a_reply_are_not_minutes()
    {
        var record = Parse("county-committee.txt");

        Assert.Equal([14, 15, 16, 17], record.Entries.Select(e => e.Number));
        Assert.Contains("1,100 defects", record.Entries[1].Text);
    }

    [Fact]
    public void Reads_the_meeting_attendance_and_chair()
    {
        var record = Parse("county-committee.txt");

        Assert.Equal("Highways and Transport Overview and Scrutiny Committee", record.OfMeeting.Body);
        Assert.Equal(new DateOnly(2023, 3, 2), record.OfMeeting.Date);
        Assert.Equal("A. Bray", record.Chair);
        Assert.Equal(["A. Bray", "L. Broadley", "B. Champion", "R. K. A. Feltham"], record.Present);
        Assert.Equal(["O. O'Shea"], record.InAttendance);
    }

    [Fact]
    public void Leaves_the_signature_block_out_of_the_last_minute()
    {
        var last = Parse("county-committee.txt").Entries[^1];

        Assert.Equal("Date of next meeting", last.Title);
        Assert.DoesNotContain("CHAIRMAN", last.Text);
        Assert.Equal("It was noted that the next meeting would be held on 8 June 2023 at 2.00pm.", Assert.Single(last.Resolutions).Text);
    }

    [Fact]
    public void Reads_minutes_numbered_in_the_hundreds_with_item_references()
    {
        var record = Parse("printed-minutes-hundreds.txt");

        Assert.Equal("Cabinet", record.OfMeeting.Body);
        Assert.Equal([120, 121, 122, 123, 124], record.Entries.Select(e => e.Number));
        Assert.Equal([1, 2, 3, 5, 6], record.Entries.Select(e => e.ItemReference));
        Assert.Equal("Apologies", record.Entries[0].Title);
        Assert.Equal("R W Gough", record.Chair);
        Assert.Equal(["R W Gough", "C Bell", "D L Brazier", "P J Oakford", "D Murphy", "S Prendergast"], record.Present);
    }

    [Fact]
    public void Reads_unnumbered_parish_minutes_by_their_capitalised_headings()
    {
        var record = Parse("parish-unnumbered.txt");

        Assert.Equal("Ashby Parva Parish Council", record.OfMeeting.Body);
        Assert.Equal(new DateOnly(2024, 1, 8), record.OfMeeting.Date);
        Assert.All(record.Entries, e => Assert.Null(e.Number));
        Assert.Equal(["Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting", "Planning", "Finance"],
            record.Entries.Select(e => e.Title));
        Assert.Equal(["a", "b", "c"], record.Entries[^1].Resolutions.Select(r => r.Label));
    }

    [Fact]
    public void Keeps_printed_resolution_numbers_of_north_american_minutes()
    {
        var record = Parse("numbered-resolutions.txt");

        Assert.Equal([1, 2, 3, 4], record.Entries.Select(e => e.Number));
        var numbers = record.Entries.SelectMany(e => e.Resolutions).Select(r => r.Number);
        Assert.Equal(["R2024-205", "R2024-206", "R2024-207"], numbers);
        Assert.StartsWith("THAT Council receive Report PW-2024-15", record.Entries[2].Resolutions[0].Text);
    }

    [Fact]
    public void Reads_minute_headings_written_with_a_word_and_a_dash()
    {
        var lines = AgendaSearch.Ingest.Packs.PackLines.Read(FixtureText.Parse("t", """
            Minutes of the meeting of the Finance Committee held on 4 June 2024.
            Minute 45 – Apologies
            None.
            Minute 46 – Precept 2024/25
            RESOLVED that the precept be set at £42,000.
            """)).Lines;

        var record = MinutesParser.Parse(lines, null, null).Record;

        Assert.Equal([(45, "Apologies"), (46, "Precept 2024/25")], record.Entries.Select(e => (e.Number!.Value, e.Title)));
        Assert.Single(record.Entries[1].Resolutions);
    }

    [Fact]
    public void Reads_a_wrapped_header_hanging_title_tails_and_titles_opening_with_a_year()
    {
        var lines = AgendaSearch.Ingest.Packs.PackLines.Read(FixtureText.Parse("t", """
            Minutes of a meeting of the Environment and Climate Change Overview and Scrutiny
            Committee held at County Hall, Kingsbridge on Friday, 16 August
            2024.

            PRESENT
            Mr. C. Redfern CC (in the Chair)

            58. | Minutes.
            The minutes of the meeting held on 6 June 2024 were taken as read, confirmed and signed.

            59. | Declarations of the Party Whip in accordance with Overview and Scrutiny
                       Procedure Rule 16.
            There were no declarations of the party whip.

            60. | 2024/25 Medium Term Financial Strategy Monitoring
            The Committee considered a report of the Director of Corporate Resources.
            """)).Lines;

        var record = MinutesParser.Parse(lines, null, null).Record;

        Assert.Equal(("Environment and Climate Change Overview and Scrutiny Committee", new DateOnly(2024, 8, 16)), (record.OfMeeting.Body, record.OfMeeting.Date!.Value));
        Assert.Equal(
            [(58, "Minutes"), (59, "Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16"), (60, "2024/25 Medium Term Financial Strategy Monitoring")],
            record.Entries.Select(e => (e.Number!.Value, e.Title)));
    }

    [Fact]
    public void Minutes_without_numbers_are_numbered_by_the_item_line_under_each_heading()
    {
        var record = Parse("item-headed.txt");

        Assert.Equal(("Adoption Panel", new DateOnly(2024, 3, 5)), (record.OfMeeting.Body, record.OfMeeting.Date!.Value));
        Assert.Equal(
            [(1, "Apologies and Substitutes"), (2, "Chair's Announcements"), (3, "Regional Adoption Agency Annual Report 2023/2024"),
             (4, "The Joint Housing Protocol for Care Leavers"), (5, "Work Programme")],
            record.Entries.Select(e => (e.Number!.Value, e.Title)));
        Assert.Equal([1, 2, 3, 4, 5], record.Entries.Select(e => e.ItemReference!.Value));
        Assert.Equal("Ann Archer", record.Chair);
    }

    [Fact]
    public void A_numbered_RESOLVED_paragraph_ends_at_the_next_paragraph_and_discussion_points_are_not_parts()
    {
        var record = Parse("item-headed.txt");

        // Paragraph 2 after "1. RESOLVED" is what the Chair agreed, not part of the decision; the
        // a./b. points of the discussion are not resolution labels.
        Assert.Equal("that Mr B Bowden be elected Vice-Chair of the Panel.", Assert.Single(record.Entries[1].Resolutions).Text);
        Assert.Equal("", Assert.Single(record.Entries[2].Resolutions).Label);
        Assert.Equal("to note the protocol and ask for an update in the spring.", Assert.Single(record.Entries[3].Resolutions).Text);
        Assert.Empty(record.Entries[0].Resolutions);
    }

    [Fact]
    public void A_numbered_heading_whose_title_wraps_onto_a_lower_case_line_is_kept_when_its_item_line_follows()
    {
        var lines = AgendaSearch.Ingest.Packs.PackLines.Read(FixtureText.Parse("t", """
            MINUTES of a meeting of the County Council held in the Council Chamber on Thursday, 19 December 2024.

            271. Apologies for Absence
                 (Item 1)
                 There were none.

            272. Minutes of the meeting held on 7 November 2024, if in order, to be
                 approved as a correct record
                 (Item 3)
                 RESOLVED that the minutes be approved as a correct record.

            273. Questions
                 (Item 4)
                 1) The Leader answered three questions, and it was noted
                    that replies to the remaining questions would be sent in writing.
            """)).Lines;

        var record = MinutesParser.Parse(lines, null, null).Record;

        Assert.Equal([271, 272, 273], record.Entries.Select(e => e.Number!.Value));
        Assert.Equal("Minutes of the meeting held on 7 November 2024, if in order, to be approved as a correct record", record.Entries[1].Title);
    }

    [Fact]
    public void Reads_a_titled_header_and_minute_numbers_printed_without_a_stop()
    {
        var record = Parse("titled-policy-committee.txt");

        Assert.Equal(("Highways and Transport Policy Committee", new DateOnly(2024, 10, 3)), (record.OfMeeting.Body, record.OfMeeting.Date!.Value));
        // The statements list ("01 Fay Moss", "03 ...") and the decisions' "1." to "4." are not minutes.
        Assert.Equal([1, 2, 3, 4, 5], record.Entries.Select(e => e.Number!.Value));
        Assert.Equal("Cycle Hub", record.Entries[3].Title);
    }

    [Fact]
    public void A_closing_summary_replaces_the_decisions_recorded_vote_by_vote()
    {
        var record = Parse("titled-policy-committee.txt");

        // Heading "3. Residents Parking" over lettered decisions is split; the recommendation that
        // was lost leaves a gap in the numbers.
        Assert.Equal(["1", "3a", "3b", "4"], record.Entries[2].Resolutions.Select(r => r.Label));
        Assert.Equal("Residents Parking Approve an annual inflationary increase to all permits.", record.Entries[2].Resolutions[2].Text);
    }

    [Fact]
    public void Limbs_of_one_decision_that_its_sentence_runs_into_are_not_separate_decisions()
    {
        var record = Parse("titled-policy-committee.txt");

        Assert.Equal(["1", "2"], record.Entries[3].Resolutions.Select(r => r.Label));
        Assert.Contains("b. award the contracts.", record.Entries[3].Resolutions[1].Text);
        Assert.Empty(record.Entries[4].Resolutions);
    }

    [Theory]
    [InlineData("Minutes of the Previous Meeting\n3 October 2024")]
    [InlineData("Minutes of the Planning Committee held on 3 October 2024 to be approved\nThe minutes were agreed.")]
    public void An_agenda_line_about_minutes_is_no_titled_header(string text)
    {
        var lines = AgendaSearch.Ingest.Packs.PackLines.Read(FixtureText.Parse("t", text)).Lines;

        Assert.Null(MinutesTitle.ReadOverDate(lines, 0));
    }

    [Fact]
    public void Reads_minutes_headed_by_body_and_date_over_the_attendance_with_a_misprinted_minute_number()
    {
        var record = Parse("town-committee.txt");

        Assert.Equal(("Parks and Open Spaces", new DateOnly(2018, 3, 13)), (record.OfMeeting.Body, record.OfMeeting.Date!.Value));
        // "6" printed between 55 and 57, where the minute headings stand, is minute 56 misprinted.
        Assert.Equal([54, 55, 56, 57], record.Entries.Select(e => e.Number!.Value));
        Assert.Equal("Community Grant Applications", record.Entries[2].Title);
    }

    [Fact]
    public void A_sentence_the_committee_resolves_is_a_resolution_but_not_inside_a_sentence_or_a_table_cell()
    {
        var record = Parse("town-committee.txt");

        Assert.Equal("to note the apologies.", Assert.Single(record.Entries[0].Resolutions).Text);
        Assert.Empty(record.Entries[1].Resolutions);
        Assert.StartsWith("in accordance with its powers under section 137", Assert.Single(record.Entries[2].Resolutions).Text);
        Assert.Equal(["i", "ii"], record.Entries[3].Resolutions.Select(r => r.Label));
    }

    [Theory]
    [InlineData(13.8, "Declarations of the Party Whip Procedure Rule 16")]
    [InlineData(18.6, "Declarations of the Party Whip")]
    public void An_indented_line_continues_a_title_only_at_the_spacing_of_a_wrapped_line(double gap, string title)
    {
        AgendaSearch.Ingest.Packs.PackLine Line(int i, string text, double x, double gapAbove) => new(i, 1, text, x, 12, gapAbove);
        var lines = new[]
        {
            Line(0, "Minutes of the meeting of the Parks Committee held on 3 May 2018.", 36, 1000),
            Line(1, "52 Declarations of the Party Whip", 36, 30),
            Line(2, "Procedure Rule 16", 72, gap),
            Line(3, "None were declared.", 72, 30),
            Line(4, "53 Apologies", 36, 30),
            Line(5, "None.", 72, 30),
        };

        var record = MinutesParser.Parse(lines, null, null).Record;

        Assert.Equal(title, record.Entries[0].Title);
    }
}
