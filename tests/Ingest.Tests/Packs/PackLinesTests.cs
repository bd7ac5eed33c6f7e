using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.Packs;

public sealed class PackLinesTests
{
    [Fact]
    public void Drops_page_numbers_blank_page_notices_and_markup()
    {
        var lined = PackLines.Read(FixtureText.Parse("t", """
            **LEICESTER AND LEICESTERSHIRE ECONOMIC GROWTH
            STRATEGY**
            <u>Item</u>
            This page is intentionally left blank
            @footer 7
            """));

        Assert.Equal(["LEICESTER AND LEICESTERSHIRE ECONOMIC GROWTH", "STRATEGY", "Item"], lined.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_number_inside_the_page_is_kept()
    {
        var lined = PackLines.Read(FixtureText.Parse("t", "12. Public Engagement (Pages 145 -\n162.\n3,636"));

        Assert.Equal(["12. Public Engagement (Pages 145 -", "162.", "3,636"], lined.Lines.Select(l => l.Text));
    }

    [Fact]
    public void An_agenda_item_stamp_line_becomes_a_stamp_before_the_next_line()
    {
        var lined = PackLines.Read(FixtureText.Parse("t", "CHAIRMAN\nThe Police and Crime Panel update\nAgenda Item 8\nPerformance"));

        var stamp = Assert.Single(lined.Stamps);
        Assert.Equal((8, "Performance"), (stamp.Item, lined.Lines[stamp.Line].Text));
        Assert.DoesNotContain(lined.Lines, l => l.Text.StartsWith("Agenda Item"));
    }

    [Fact]
    public void A_stamp_the_extractor_set_on_the_page_is_kept_when_its_line_was_removed()
    {
        var page = new PackPage(4, 12, 595, 842, [new PageLine("REPORT OF THE CHIEF EXECUTIVE", 63, 760, 200, 11, false)], AgendaItemStamp: 9);

        var stamp = Assert.Single(PackLines.Read(new PackText("t", [page])).Stamps);

        Assert.Equal(new ItemStamp(0, 9, 4, true), stamp);
    }

    [Fact]
    public void Measures_the_gap_above_each_line_and_marks_page_tops()
    {
        var lines = PackLines.Read(FixtureText.Parse("t", "1.\n\nQuestion Time.\nnext line")).Lines;

        Assert.True(lines[0].FirstOnPage);
        Assert.True(lines[1].AfterBreak);
        Assert.False(lines[2].AfterBreak);
    }
}
