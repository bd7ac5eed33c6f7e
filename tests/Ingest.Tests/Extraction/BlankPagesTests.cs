using AgendaSearch.Ingest.Extraction;
using static AgendaSearch.Ingest.Tests.Extraction.Synthetic;

namespace AgendaSearch.Ingest.Tests.Extraction;

public class BlankPagesTests
{
    [Theory]
    [InlineData("This page is intentionally left blank")]
    [InlineData("[This page has been intentionally left blank.]")]
    [InlineData("PAGE INTENTIONALLY LEFT BLANK")]
    [InlineData("This page is deliberately blank")]
    public void Drops_blank_notices_and_pages_left_empty_keeping_the_others_numbers(string notice)
    {
        var pages = new[] { Page(1, Body("a")), Page(2, Line(notice, 500)), Page(3), Page(4, Body("d")) };

        var kept = BlankPages.Apply(pages);

        Assert.Equal([1, 4], kept.Select(p => p.Number));
    }

    [Fact]
    public void Drops_a_notice_printed_after_the_last_text_of_a_page()
    {
        var page = Page(3, [.. Body("questions"), Line("This page is intentionally left blank", 640)]);

        Assert.Equal(3, Assert.Single(BlankPages.Apply([page])).Lines.Count);
    }

    [Fact]
    public void Keeps_a_sentence_about_blank_pages_and_a_page_holding_only_a_stamp()
    {
        var sentence = Line("Members noted that this page is intentionally left blank in the pack.", 500);
        var stampOnly = Page(2) with { AgendaItemStamp = 6 };

        var kept = BlankPages.Apply([Page(1, sentence), stampOnly]);

        Assert.Equal([1, 2], kept.Select(p => p.Number));
        Assert.Single(kept[0].Lines);
    }
}
