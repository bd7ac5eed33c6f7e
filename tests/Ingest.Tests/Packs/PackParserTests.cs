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
    [InlineData("public-questions-paper.txt")]
    [InlineData("public-forum-pack.txt")]
    [InlineData("minutes-public-questions-first.txt")]
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

    [Fact]
    public void A_questions_paper_heading_gives_its_meeting_and_its_numbered_headings_the_questions()
    {
        var pack = Parse("public-questions-paper.txt");

        Assert.Equal(("West of England Combined Authority Committee and West of England Joint Committee", new DateOnly(2026, 3, 5), "questions-paper"),
            (pack.Meeting!.Body, pack.Meeting.Date!.Value, pack.Meeting.From));
        Assert.Empty(pack.AgendaItems);
        Assert.Equal(["Anna Carter", "Cllr Tom Reeve", "Jackie Head", "Jackie Head"], pack.Questions.Select(q => q.AskedBy));
        Assert.All(pack.Questions, q => Assert.Equal("public", q.Kind));
        Assert.Equal("Mayor", pack.Questions[0].AnsweredBy);
        Assert.StartsWith("HARBOUR CROSSING Will the Committee", pack.Questions[1].Text);
        Assert.StartsWith("Yes, the appraisal", pack.Questions[1].Reply);
    }

    [Fact]
    public void Numbered_lines_inside_one_persons_question_are_not_new_questions()
    {
        var question = Parse("public-questions-paper.txt").Questions[2];

        Assert.StartsWith(", I am concerned about the proposals", question.Text);
        Assert.Contains("Question 2 - Who will pay for it", question.Text);
        Assert.StartsWith("The budget will be agreed", question.Reply);
        Assert.StartsWith("2. What consultation", Parse("public-questions-paper.txt").Questions[3].Text);
    }

    [Fact]
    public void A_public_forum_pack_takes_askers_from_the_form_and_the_cover_list_when_numbering_restarts()
    {
        var pack = Parse("public-forum-pack.txt");

        Assert.Empty(pack.AgendaItems);
        Assert.Equal(["Joanna Booth", "Joanna Booth", "Dan Ackroyd", "Dan Ackroyd"], pack.Questions.Select(q => q.AskedBy));
        Assert.All(pack.Questions, q => Assert.Equal("public", q.Kind));
        Assert.StartsWith("What difference is the cumulative impact zone", pack.Questions[0].Text);
        Assert.StartsWith("Please can I have a simple explanation", pack.Questions[2].Text);
        Assert.StartsWith("No applications have been refused", pack.Questions[0].Reply);
    }

    [Fact]
    public void Public_questions_minuted_before_the_first_numbered_minute_are_read()
    {
        var pack = Parse("minutes-public-questions-first.txt");

        Assert.Equal([52, 53], pack.Minutes!.Entries.Select(e => e.Number));
        Assert.Equal([("public", "Zoe Toft", (int?)null), ("public", "A local resident", null)], pack.Questions.Select(q => (q.Kind, q.AskedBy, q.Minute)));
    }
}
