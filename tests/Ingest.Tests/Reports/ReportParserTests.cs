using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Reports;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.Reports;

public sealed class ReportParserTests
{
    private const string Kind = "Reports";

    private static Report Parse(string name) => ReportParser.Parse(FixtureText.Lines(Kind, name));

    [Theory]
    [InlineData("county-report.txt")]
    [InlineData("cover-sheet.txt")]
    [InlineData("stacked-report.txt")]
    [InlineData("headerless.txt")]
    [InlineData("cover-table.txt")]
    [InlineData("signed-off-report.txt")]
    public void Fixture_parses_to_the_expected_report(string name) =>
        FixtureCase.Check(Kind, name, Parse);

    [Fact]
    public void Reads_header_author_title_purpose_and_recommendations()
    {
        var report = Parse("county-report.txt");

        Assert.Equal(("Cabinet", new DateOnly(2024, 2, 20)), (report.Meeting!.Body, report.Meeting.Date!.Value));
        Assert.Equal("Director of Environment and Transport", report.ReportOf);
        Assert.Equal("HIGHWAYS ASSET MANAGEMENT POLICY AND STRATEGY", report.Title);
        Assert.Equal("The purpose of this report is to seek approval of the revised Highways Asset Management Policy and Strategy.", report.Purpose);
        Assert.StartsWith("It is recommended that: The revised Highways", report.Recommendations);
        Assert.EndsWith("make minor amendments.", report.Recommendations);
    }

    [Fact]
    public void Reads_officers_to_contact_in_both_printed_forms()
    {
        var contacts = Parse("county-report.txt").Contacts;

        Assert.Equal(
            [
                new OfficerContact("Ann Carruthers", "Director of Environment and Transport, Environment and Transport Department", "0116 305 7000", "ann.carruthers@leics.gov.uk"),
                new OfficerContact("Mr P Sharpe", "Assistant Director (Highways and Transportation), Environment and Transport Department", "0116 305 2223", "Pat.Sharpe@leics.gov.uk"),
            ],
            contacts);
    }

    [Fact]
    public void Reads_a_from_to_subject_cover_sheet()
    {
        var report = Parse("cover-sheet.txt");

        Assert.Equal("Budget Monitoring Report 2022/23 – December 2022", report.Title);
        Assert.Equal("Peter Oakford, Deputy Leader and Cabinet Member for Finance", report.ReportOf);
        Assert.Equal(("Cabinet", new DateOnly(2023, 3, 23)), (report.Meeting!.Body, report.Meeting.Date!.Value));
        Assert.Equal("This report provides the budget monitoring position for December 2022 for both revenue and capital budgets.", report.Purpose);
        Assert.Equal("Cabinet is asked to note the forecast revenue and capital position.", report.Recommendations);
        Assert.Equal(["Emma Feakins", "Zena Cooke"], report.Contacts.Select(c => c.Name));
        Assert.Equal("Corporate Director of Finance", report.Contacts[1].Role);
    }

    [Fact]
    public void Reads_stacked_paragraph_numbers_and_a_contact_block_across_a_page_break()
    {
        var report = Parse("stacked-report.txt");

        Assert.Equal("WAYS OF WORKING PROGRAMME – DELIVERY OF FINANCIAL SAVINGS", report.Title);
        Assert.StartsWith("The purpose of this report is to update the Committee", report.Purpose);
        Assert.Equal("That the Commission note the report.", report.Recommendations);
        Assert.Equal("Gordon.McFarlane@leics.gov.uk", report.Contacts[0].Email);
        Assert.Equal([1, 2], report.Pages);
    }

    [Fact]
    public void A_report_without_header_takes_its_first_line_as_title()
    {
        var report = Parse("headerless.txt");

        Assert.Equal("The Police and Crime Panel update 2020-21", report.Title);
        Assert.Null(report.ReportOf);
        Assert.Null(report.Meeting);
        Assert.Empty(report.Contacts);
    }

    [Fact]
    public void Reads_a_cover_sheet_table_and_numbered_headings()
    {
        var report = Parse("cover-table.txt");

        Assert.Equal(("Local Transport Plan 4 Consultation", "Strategic Director of Place"), (report.Title, report.ReportOf));
        Assert.Equal(("Cabinet", new DateOnly(2024, 3, 12)), (report.Meeting!.Body, report.Meeting.Date!.Value));
        Assert.Equal("To seek approval to consult on the draft Local Transport Plan.", report.Purpose);
        Assert.Equal("That Cabinet approves the draft Plan for consultation.", report.Recommendations);
        Assert.Equal(new OfficerContact("Jo Brown", "Transport Policy Manager", "01632 960123", "jo.brown@example.gov.uk"), Assert.Single(report.Contacts));
    }

    private static Report ParseText(string text) =>
        ReportParser.Parse(AgendaSearch.Ingest.Packs.PackLines.Read(FixtureText.Parse("t", text)).Lines);

    [Fact]
    public void Reads_a_header_whose_date_wraps_onto_a_second_line()
    {
        var report = ParseText("""
            CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE – 23RD
            JULY 2021
            REPORT OF THE DIRECTOR OF CHILDREN AND FAMILY SERVICES
            HIGH NEEDS DEVELOPMENT PLAN AND SEND UPDATE
            Purpose of the Report
            1. The purpose of this report is to provide an update on the plan.
            """);

        Assert.Equal(new DateOnly(2021, 7, 23), report.Meeting!.Date!.Value);
        Assert.Equal("HIGH NEEDS DEVELOPMENT PLAN AND SEND UPDATE", report.Title);
    }

    [Fact]
    public void Reads_the_purpose_under_a_part_label()
    {
        var report = ParseText("""
            CABINET – 20 JULY 2021
            ECONOMIC GROWTH STRATEGY
            REPORT OF THE CHIEF EXECUTIVE
            PART A
            Purpose of the Report
            1. The purpose of this report is to seek the Cabinet's view on the consultation draft.
            Recommendations
            2. It is recommended that the draft be noted.
            """);

        Assert.Equal("The purpose of this report is to seek the Cabinet's view on the consultation draft.", report.Purpose);
    }

    [Fact]
    public void An_officer_signing_off_at_the_end_is_the_author_and_contact()
    {
        var report = Parse("signed-off-report.txt");

        Assert.Equal("Acting Town Clerk", report.ReportOf);
        Assert.Equal(new OfficerContact("Olive O’Sullivan", "Acting Town Clerk"), Assert.Single(report.Contacts));
    }

    [Fact]
    public void A_name_without_a_job_title_under_it_is_no_signature() =>
        Assert.Empty(ReportParser.Parse(FixtureText.Lines(Kind, "headerless.txt").Append(FixtureText.Lines(Kind, "headerless.txt")[0] with { Text = "Jo Bloggs" }).ToList()).Contacts);

    [Fact]
    public void A_single_report_s_sections_and_lettered_recommendations_are_not_agenda_items()
    {
        var pack = AgendaSearch.Ingest.Packs.PackParser.Parse(FixtureText.Load(Kind, "signed-off-report.txt"));

        var item = Assert.Single(pack.AgendaItems);
        Assert.Equal((166, "Summer in Kingsford", "Acting Town Clerk"), (item.Number, item.Title, item.ReportBy));
        Assert.Equal(["Olive O’Sullivan"], item.Officers!);
        Assert.Equal(("Kingsford Town Council", new DateOnly(2017, 2, 21)), (pack.Meeting!.Body, pack.Meeting.Date!.Value));
    }

    [Fact]
    public void A_committee_report_template_is_a_report_whose_paragraphs_are_not_items()
    {
        var pack = AgendaSearch.Ingest.Packs.PackParser.Parse(FixtureText.Load(Kind, "committee-report-template.txt"));

        Assert.Empty(pack.AgendaItems);
        var report = Assert.Single(pack.OtherReports!);
        Assert.Equal("Workplace Parking Levy Update", report.Title);
        Assert.Equal(("Transport and Connectivity Committee", new DateOnly(2025, 5, 15)), (pack.Meeting!.Body, pack.Meeting.Date!.Value));
    }
}
