using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.Meetings;

/// <summary>The metadata title and the file name name the meeting only where the printed text does not.</summary>
public sealed class DocumentNameTests
{
    private static PackText Text(string source, string text, string? title) =>
        FixtureText.Parse(source, text) with { Title = title };

    [Fact]
    public void The_text_wins_over_the_document_s_names()
    {
        var text = FixtureText.Load("Meetings", "summons-front-sheet.txt") with
        {
            Source = "cabinet_2025-01-30_agenda.pdf",
            Title = "Agenda for Cabinet, 30/01/2025 10:00",
        };

        var meeting = PackParser.Parse(text).Meeting!;

        Assert.Equal(("County Council", new DateOnly(2025, 1, 9), "front-sheet"), (meeting.Body, meeting.Date!.Value, meeting.From));
    }

    [Fact]
    public void A_document_that_names_no_meeting_takes_it_from_its_metadata_title()
    {
        var meeting = PackParser.Parse(Text("supplement.pdf", "Dear Member\nPlease find enclosed the late papers.", "(Public Pack) Agenda Supplement for Cabinet, 30/01/2025 10:00")).Meeting!;

        Assert.Equal(("Cabinet", new DateOnly(2025, 1, 30), "document-name"), (meeting.Body, meeting.Date!.Value, meeting.From));
    }

    [Fact]
    public void The_file_name_is_the_last_resort()
    {
        var meeting = PackParser.Parse(Text("planning-committee_2024-11-05_late-papers.pdf", "Dear Member\nPlease find enclosed the late papers.", null)).Meeting!;

        Assert.Equal(("Planning Committee", new DateOnly(2024, 11, 5)), (meeting.Body, meeting.Date!.Value));
    }

    [Fact]
    public void A_template_title_s_old_date_gives_way_to_the_file_s_date()
    {
        var meeting = PackParser.Parse(Text("minutes_2019-05-07.pdf", "Present: Councillors A Smith and B Jones", "Parish Council   -   6th March 2012")).Meeting!;

        Assert.Equal(("Parish Council", new DateOnly(2019, 5, 7)), (meeting.Body, meeting.Date!.Value));
    }

    [Fact]
    public void Text_with_a_body_but_no_date_takes_only_the_date_from_the_names()
    {
        var meeting = PackParser.Parse(Text("2023-03-14 agenda.pdf", "PLANNING COMMITTEE\n\n1. Apologies\n2. Minutes", "Agenda Template")).Meeting!;

        Assert.Equal(("Planning Committee", new DateOnly(2023, 3, 14)), (meeting.Body, meeting.Date!.Value));
    }

    [Fact]
    public void Names_that_say_nothing_give_no_meeting() =>
        Assert.Null(PackParser.Parse(Text("scan0042.pdf", "Dear Member\nPlease find enclosed the late papers.", "Agenda Template")).Meeting);
}
