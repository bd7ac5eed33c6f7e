using AgendaSearch.Ingest.Extraction;
using static AgendaSearch.Ingest.Tests.Extraction.Synthetic;

namespace AgendaSearch.Ingest.Tests.Extraction;

public class AgendaItemStampsTests
{
    [Fact]
    public void Takes_a_stamp_at_the_top_right_of_a_report()
    {
        var page = Page(5, [Line("Agenda Item 8", HeaderY, x: 450, size: 12, bold: true), .. Body("report")]);

        var stamped = Assert.Single(AgendaItemStamps.Apply([page]));

        Assert.Equal(8, stamped.AgendaItemStamp);
        Assert.Equal(HeaderY, stamped.AgendaItemStampY);
        Assert.Equal(3, stamped.Lines.Count);
        Assert.DoesNotContain("Agenda Item", stamped.Text);
    }

    [Fact]
    public void Takes_a_right_aligned_stamp_in_the_middle_of_a_page_where_an_html_render_starts_a_report()
    {
        var page = Page(14, Line("CHAIRMAN", 650), Line("Agenda Item 8", 597, x: 451), Line("Performance", 572));

        var stamped = Assert.Single(AgendaItemStamps.Apply([page]));

        Assert.Equal(8, stamped.AgendaItemStamp);
        Assert.Equal(597, stamped.AgendaItemStampY);
        Assert.Equal(["CHAIRMAN", "Performance"], Texts(stamped));
    }

    [Theory]
    [InlineData("AGENDA ITEM 12", 12)]
    [InlineData("Agenda Item 5a", 5)]
    [InlineData("Agenda Item No. 3", 3)]
    public void Reads_the_forms_of_a_stamp(string text, int item)
    {
        var page = Page(1, [Line(text, HeaderY, x: 480), .. Body("x")]);

        Assert.Equal(item, Assert.Single(AgendaItemStamps.Apply([page])).AgendaItemStamp);
    }

    [Fact]
    public void Takes_a_stamp_cell_from_a_header_line()
    {
        var page = Page(1, [Cells(HeaderY, (72, "Leicestershire County Council"), (470, "Agenda Item 4")), .. Body("x")]);

        var stamped = Assert.Single(AgendaItemStamps.Apply([page]));

        Assert.Equal(4, stamped.AgendaItemStamp);
        Assert.Equal("Leicestershire County Council", stamped.Lines[0].Text);
    }

    [Fact]
    public void Leaves_a_sentence_or_a_left_aligned_heading_that_names_an_agenda_item()
    {
        var page = Page(1,
            Line("A copy of the report marked 'Agenda Item 8' is filed with these minutes.", 700),
            Line("Agenda Item 5", 600));

        var result = Assert.Single(AgendaItemStamps.Apply([page]));

        Assert.Null(result.AgendaItemStamp);
        Assert.Equal(2, result.Lines.Count);
    }

    [Fact]
    public void Keeps_a_second_stamp_on_the_same_page_as_text()
    {
        var page = Page(1, Line("Agenda Item 8", 700, x: 450), Line("Short report", 680), Line("Agenda Item 9", 400, x: 450));

        var result = Assert.Single(AgendaItemStamps.Apply([page]));

        Assert.Equal(8, result.AgendaItemStamp);
        Assert.Equal(["Short report", "Agenda Item 9"], Texts(result));
    }
}
