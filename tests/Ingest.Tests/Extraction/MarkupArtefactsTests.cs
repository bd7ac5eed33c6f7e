using AgendaSearch.Ingest.Extraction;
using static AgendaSearch.Ingest.Tests.Extraction.Synthetic;

namespace AgendaSearch.Ingest.Tests.Extraction;

public class MarkupArtefactsTests
{
    [Theory]
    [InlineData("<u>Item</u>", "Item")]
    [InlineData("<u>Report", "Report")]
    [InlineData("by</u>", "by")]
    [InlineData("<i>Earmarked fund - start of", "Earmarked fund - start of")]
    [InlineData("Total <b>366,282</b>", "Total 366,282")]
    [InlineData("line one<br/>", "line one")]
    [InlineData("**LEICESTER AND LEICESTERSHIRE ECONOMIC GROWTH", "LEICESTER AND LEICESTERSHIRE ECONOMIC GROWTH")]
    [InlineData("STRATEGY**", "STRATEGY")]
    [InlineData("1.1** To report statistical information", "1.1 To report statistical information")]
    [InlineData("**Highways** were praised", "Highways were praised")]
    public void Strips_markup_stuck_to_words(string text, string expected) =>
        Assert.Equal(expected, MarkupArtefacts.Strip(text));

    [Theory]
    [InlineData("Reduce waiting times to <5% of cases")]
    [InlineData("where a < b and c > d")]
    [InlineData("Figures marked ** are provisional")]
    [InlineData("Use the <Ctrl> key")]
    public void Leaves_text_that_only_looks_like_markup(string text) =>
        Assert.Equal(text, MarkupArtefacts.Strip(text));

    [Fact]
    public void Cleans_cells_and_drops_cells_and_lines_left_empty()
    {
        var page = Page(1, Cells(600, (72, "<u>0</u>"), (300, "<u>-3,375</u>")), Line("<u></u>", 580), Line("Text", 560));

        var cleaned = Assert.Single(MarkupArtefacts.Apply([page]));

        Assert.Equal(["0 -3,375", "Text"], Texts(cleaned));
        Assert.Equal(["0", "-3,375"], cleaned.Lines[0].Cells!.Select(c => c.Text));
    }
}
