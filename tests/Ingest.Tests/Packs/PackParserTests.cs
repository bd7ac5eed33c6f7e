using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>The whole pipeline on documents that hold only some parts of a pack, or all of them in small.</summary>
public sealed class PackParserTests
{
    private const string Kind = "Packs";

    private static AgendaPack Parse(string name) => PackParser.Parse(FixtureText.Load(Kind, name));

    [Theory]
    [InlineData("just-minutes.txt")]
    [InlineData("just-front-sheet.txt")]
    [InlineData("one-report.txt")]
    [InlineData("mixed-pack.txt")]
    [InlineData("council-question-papers.txt")]
    public void Fixture_parses_to_the_expected_pack(string name) =>
        FixtureCase.Check(Kind, name, Parse);

    [Fact]
    public void A_minutes_document_parses_to_its_minutes_and_the_meeting_they_record()
    {
        var pack = Parse("just-minutes.txt");

        Assert.Empty(pack.AgendaItems);
        Assert.Equal(("Cabinet", new DateOnly(2023, 3, 23), "minutes"), (pack.Meeting!.Body, pack.Meeting.Date!.Value, pack.Meeting.From));
        Assert.Equal([120, 121], pack.Minutes!.Entries.Select(e => e.Number));
        Assert.Equal(["a", "b"], pack.Minutes.Entries[1].Resolutions.Select(r => r.Label));
    }

    [Fact]
    public void A_front_sheet_alone_parses_to_the_meeting_and_its_agenda()
    {
        var pack = Parse("just-front-sheet.txt");

        Assert.Equal(("Planning Committee", "18:30"), (pack.Meeting!.Body, pack.Meeting.Time));
        Assert.Equal([1, 2, 3, 4], pack.AgendaItems.Select(i => i.Number));
        Assert.Equal("23/01234/FUL - Land North of Mill Lane", pack.AgendaItems[3].Title);
        Assert.Null(pack.Minutes);
        Assert.Equal("Anita Patel", Assert.Single(pack.Officers).Name);
    }

    [Fact]
    public void A_single_stamped_report_becomes_its_agenda_item()
    {
        var pack = Parse("one-report.txt");

        var item = Assert.Single(pack.AgendaItems);
        Assert.Equal((7, "Enforcement Update", "Head of Planning"), (item.Number, item.Title, item.ReportBy));
        Assert.Equal([1, 2], item.Report!.Pages);
        Assert.Equal(["Sam Green"], item.Officers!);
        Assert.Equal(("Planning Committee", "report-header"), (pack.Meeting!.Body, pack.Meeting.From));
        Assert.DoesNotContain("12", item.Report.Text.Split('\n'));
    }

    [Fact]
    public void Reports_are_matched_to_items_by_title_whatever_their_order()
    {
        var pack = Parse("mixed-pack.txt");

        Assert.Equal(1, pack.Minutes!.AgendaItem);
        Assert.Equal([3, 3], pack.Minutes.Pages);
        Assert.Equal("TREASURY MANAGEMENT UPDATE", pack.AgendaItems[2].Report!.Title);
        Assert.Equal("INTERNAL AUDIT PROGRESS REPORT", pack.AgendaItems[1].Report!.Title);
        Assert.Equal(["Tom Jones"], pack.AgendaItems[1].Officers!);
        Assert.Null(pack.OtherReports);
    }

    [Fact]
    public void Question_papers_of_a_council_pack_are_read_with_their_agenda_items()
    {
        var pack = Parse("council-question-papers.txt");

        Assert.Equal([("public", "Mr Paul Jones", 2), ("member", "Councillor Jane Smith", 3)],
            pack.Questions.Select(q => (q.Kind, q.AskedBy, q.AgendaItem!.Value)));
        Assert.Equal("Clair Bell", pack.Questions[0].AnsweredBy);
        Assert.Equal("412 children were waiting on 30 April 2024.", pack.Questions[1].Reply);
    }
}
