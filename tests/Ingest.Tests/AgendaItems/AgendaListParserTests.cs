using AgendaSearch.Ingest.AgendaItems;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.AgendaItems;

public sealed class AgendaListParserTests
{
    private const string Kind = "AgendaItems";

    /// <summary>Authors as the reports of a pack name them in their "REPORT OF ..." lines.</summary>
    private static readonly string[] Authors = ["Director of Corporate Resources", "Chief Executive"];

    private static IReadOnlyList<AgendaItem> Parse(string name) =>
        AgendaListParser.Parse(FixtureText.Lines(Kind, name), Authors);

    [Theory]
    [InlineData("table-merged-columns.txt")]
    [InlineData("stacked-cells.txt")]
    [InlineData("front-sheet-ask-for.txt")]
    [InlineData("us-agenda.txt")]
    [InlineData("two-lists.txt")]
    [InlineData("agenda-item-no.txt")]
    [InlineData("announced-list.txt")]
    [InlineData("us-caps-agenda.txt")]
    public void Fixture_parses_to_the_expected_items(string name) =>
        FixtureCase.Check(Kind, name, Parse);

    [Fact]
    public void Separates_title_and_report_by_columns_read_as_one_line()
    {
        var items = Parse("table-merged-columns.txt");

        Assert.Equal(Enumerable.Range(1, 8), items.Select(i => i.Number));
        Assert.Equal(("2020/21 Provisional Revenue and Capital Outturn", "Director of Corporate Resources"), (items[4].Title, items[4].ReportBy));
        Assert.Equal(("Update on Police and Crime Panel Activity", "Chief Executive"), (items[3].Title, items[3].ReportBy));
        Assert.Equal("To advise of any other items which the Chairman has decided to take as urgent elsewhere on the agenda", items[2].Title);
        Assert.Equal("Any other items which the Chairman has decided to take as urgent", items[7].Title);
    }

    [Fact]
    public void Keeps_stated_pages_including_a_range_wrapped_onto_the_next_line()
    {
        var items = Parse("table-merged-columns.txt");

        Assert.Equal([5, 14], items[0].StatedPages!);
        Assert.Equal([145, 162], items[5].StatedPages!);
        Assert.Null(items[1].StatedPages);
    }

    [Fact]
    public void Keeps_notes_under_an_item_apart_from_its_title()
    {
        var items = Parse("table-merged-columns.txt");

        Assert.StartsWith("The County Council's representative", items[3].Note);
        Assert.Equal("Date of next meeting", items[6].Title);
        Assert.EndsWith("10.30am.", items[6].Note);
    }

    [Fact]
    public void Without_the_pack_authors_a_job_title_is_still_recognised()
    {
        var items = AgendaListParser.Parse(FixtureText.Lines(Kind, "table-merged-columns.txt"), []);

        Assert.Equal(("Update on Police and Crime Panel Activity", "Chief Executive"), (items[3].Title, items[3].ReportBy));
        Assert.Equal(("2020/21 Provisional Revenue and Capital Outturn", "Director of Corporate Resources"), (items[4].Title, items[4].ReportBy));
    }

    [Fact]
    public void Reads_stacked_cells()
    {
        var items = Parse("stacked-cells.txt");

        Assert.Equal([1, 2, 3, 4, 5], items.Select(i => i.Number));
        Assert.Equal("Minutes of the meeting held on 31st January 2022", items[0].Title);
        Assert.Equal("Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16", items[1].Title);
        Assert.Equal(("2021/22 Medium Term Financial Strategy Monitoring (Period 10)", "Director of Corporate Resources"), (items[3].Title, items[3].ReportBy));
        Assert.Equal([43, 74], items[3].StatedPages!);
        Assert.Null(items[2].ReportBy);
        Assert.StartsWith("Mr L. Phillimore CC", items[2].Note);
        Assert.Equal("Date of next meeting", items[4].Title);
        Assert.StartsWith("The next meeting of the Commission", items[4].Note);
    }

    [Fact]
    public void Reads_a_plain_numbered_list_and_stops_before_unnumbered_text()
    {
        var items = Parse("front-sheet-ask-for.txt");

        Assert.Equal(Enumerable.Range(1, 7), items.Select(i => i.Number));
        Assert.Equal("Minutes of the Meeting held on 2 February 2023", items[3].Title);
        Assert.Equal([1, 10], items[3].StatedPages!);
        Assert.Equal("Kent Design Guide", items[6].Title);
    }

    [Fact]
    public void Lettered_sub_items_are_notes_of_a_capitalised_item()
    {
        var items = Parse("us-agenda.txt");

        Assert.Equal(["CALL TO ORDER", "ROLL CALL", "PLEDGE OF ALLEGIANCE", "CONSENT CALENDAR", "PUBLIC HEARINGS", "ADJOURNMENT"], items.Select(i => i.Title));
        Assert.StartsWith("A. Approval of Minutes", items[3].Note);
        Assert.Contains("B. Resolution No. 2024-15", items[3].Note);
    }

    private static IReadOnlyList<AgendaItem> ParseText(string text) =>
        AgendaListParser.Parse(AgendaSearch.Ingest.Packs.PackLines.Read(FixtureText.Parse("t", text)).Lines, Authors);

    [Fact]
    public void Reads_the_author_line_printed_under_a_title_and_stops_at_the_contact_block()
    {
        var items = ParseText("""
            AGENDA
            1. | Minutes of the meeting held on 5th May 2021 | (Pages 1 - 4)
            2. | Children's Social Care Placement Sufficiency Strategy | (Pages 5 - 10)
                     2022-26
                     Report of the Director of Children and Family Services
                     Ms. S. Yates CC, Lead Member for Children's Social Care, has been invited to attend the
                     meeting for this item.
            3. | Any other items which the Chairman has decided to take
                     as urgent
            --- page ---
            Contact details
            Declan Ashworth, Democratic Services Officer
            Tel: 01632 960 534
            """);

        Assert.Equal(("Children's Social Care Placement Sufficiency Strategy 2022-26", "Director of Children and Family Services"), (items[1].Title, items[1].ReportBy));
        Assert.Equal(("Any other items which the Chairman has decided to take as urgent", (string?)null), (items[2].Title, items[2].ReportBy));
    }

    [Fact]
    public void Splits_the_author_column_when_the_title_line_ends_with_and_and_goes_on_below()
    {
        var items = ParseText("""
            1. | Highways Asset Management Policy and | Director of | (Pages 5 - 12)
                     Strategy | Corporate
                     Resources
            2. | To advise of any other items which the Leader
                     has decided to take as urgent elsewhere on the agenda
            """);

        Assert.Equal(("Highways Asset Management Policy and Strategy", "Director of Corporate Resources"), (items[0].Title, items[0].ReportBy));
        Assert.Equal(("To advise of any other items which the Leader has decided to take as urgent elsewhere on the agenda", (string?)null), (items[1].Title, items[1].ReportBy));
    }

    [Fact]
    public void Of_two_numbered_lists_the_longer_is_the_agenda()
    {
        var items = Parse("two-lists.txt");

        Assert.Equal(Enumerable.Range(1, 7), items.Select(i => i.Number));
        Assert.Equal("Declarations of Acceptance of Office", items[0].Title);
        Assert.Equal("To approve the minutes of the last Parish Council Meeting, 5th March 2019", items[3].Title);
        Assert.Equal("Date of next meeting - 2nd July 2019", items[6].Title);
    }

    [Fact]
    public void A_single_row_under_an_agenda_heading_is_an_item()
    {
        var item = Assert.Single(Parse("agenda-item-no.txt"));

        Assert.Equal((9, "24/00096 - Commissioning Plan for Education Provision 2025-29"), (item.Number, item.Title));
        Assert.Equal([1, 4], item.StatedPages!);
    }

    [Fact]
    public void A_list_the_title_announces_is_not_part_of_the_title()
    {
        var items = Parse("announced-list.txt");

        Assert.Equal(Enumerable.Range(1, 7), items.Select(i => i.Number));
        Assert.Equal("Approval of Resolutions/Motions", items[2].Title);
        Assert.Equal("RESOLUTION (2019-47) Approval of the Consent Agenda as set forth in the attached schedules", items[3].Title);
        Assert.Equal(("Health Commissioner’s Report –", null), (items[4].Title, items[4].ReportBy));
        Assert.Equal("Devolution White Paper", items[5].Title);
    }

    [Fact]
    public void A_numbered_circulation_list_is_not_an_agenda() =>
        Assert.Empty(Parse("circulation-list.txt"));

    [Fact]
    public void Numbered_report_paragraphs_are_not_an_agenda() =>
        Assert.Empty(Parse("report-paragraphs.txt"));

    [Fact]
    public void Under_a_heading_in_capitals_what_stands_a_paragraph_apart_is_not_title()
    {
        var items = Parse("us-caps-agenda.txt");

        Assert.Equal(["CALL MEETING TO ORDER", "ROLL CALL", "PRESENTATIONS", "PUBLIC HEARINGS", "CITY ATTORNEY ITEMS", "ADJOURNMENT"], items.Select(i => i.Title));
        Assert.All(items, i => Assert.Null(i.ReportBy));
    }
}
