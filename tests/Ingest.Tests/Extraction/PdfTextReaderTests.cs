using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Tests.Extraction;

/// <summary>The PDF layer on hand-written PDFs with exactly known layouts.</summary>
public class PdfTextReaderTests
{
    [Fact]
    public void Reads_lines_cells_bold_and_size_from_a_pdf()
    {
        var pdf = TinyPdf.Build([
            TinyPdf.Text(72, 700, "Purpose of the Report", 12, bold: true)
            + TinyPdf.Text(72, 680, "1.") + TinyPdf.Text(100, 680, "Minutes of the meeting") + TinyPdf.Text(450, 680, "(Pages 5 - 14)")
            + TinyPdf.Text(290, 30, "3"),
        ]);

        var page = Assert.Single(PdfTextReader.ReadRawPages(pdf));

        Assert.Equal(["Purpose of the Report", "1. Minutes of the meeting (Pages 5 - 14)", "3"], Synthetic.Texts(page));
        Assert.True(page.Lines[0].Bold);
        Assert.Equal(12, page.Lines[0].FontSize, 1);
        Assert.False(page.Lines[1].Bold);
        Assert.Equal(["1.", "Minutes of the meeting", "(Pages 5 - 14)"], page.Lines[1].Cells!.Select(c => c.Text));
        Assert.Equal(700, page.Lines[0].Y, 1);
        Assert.Equal(72, page.Lines[0].X, 1);
    }

    [Fact]
    public void Turns_text_running_up_a_portrait_page_upright()
    {
        // A landscape table printed on a portrait page: lines run up the page, later lines further right.
        var pdf = TinyPdf.Build([
            TinyPdf.Text(100, 72, "First row of the table", turn: 90)
            + TinyPdf.Text(120, 72, "Second row", turn: 90)
            + TinyPdf.Text(120, 400, "second cell", turn: 90),
        ]);

        AssertUprightTable(Assert.Single(PdfTextReader.ReadRawPages(pdf)));
    }

    [Fact]
    public void Turns_text_running_down_a_portrait_page_upright()
    {
        // The same table turned the other way: lines run down the page, later lines further left.
        var pdf = TinyPdf.Build([
            TinyPdf.Text(500, 770, "First row of the table", turn: -90)
            + TinyPdf.Text(480, 770, "Second row", turn: -90)
            + TinyPdf.Text(480, 442, "second cell", turn: -90),
        ]);

        AssertUprightTable(Assert.Single(PdfTextReader.ReadRawPages(pdf)));
    }

    [Fact]
    public void Leaves_out_a_diagonal_watermark()
    {
        var pdf = TinyPdf.Build([TinyPdf.Text(72, 700, "Report text") + TinyPdf.Text(150, 300, "DRAFT", 60, turn: 45)]);

        Assert.Equal(["Report text"], Synthetic.Texts(Assert.Single(PdfTextReader.ReadRawPages(pdf))));
    }

    private static void AssertUprightTable(PackPage page)
    {
        Assert.Equal(["First row of the table", "Second row second cell"], Synthetic.Texts(page));
        Assert.Equal(842, page.Width);
        Assert.Equal(595, page.Height);
        Assert.Equal(2, page.Lines[1].Cells!.Count);
        Assert.True(page.Lines[0].Y > page.Lines[1].Y);
    }

    [Fact]
    public void Read_cleans_pages_and_keeps_physical_numbers()
    {
        var body = TinyPdf.Text(72, 760, "Some text of the report");
        var pdf = TinyPdf.Build([
            body + TinyPdf.Text(290, 30, "1"),
            TinyPdf.Text(72, 760, "This page is intentionally left blank") + TinyPdf.Text(290, 30, "2"),
            body + TinyPdf.Text(290, 30, "3"),
        ]);

        var text = PdfTextReader.Read("tiny.pdf", pdf);

        Assert.Equal("tiny.pdf", text.Source);
        Assert.Equal([1, 3], text.Pages.Select(p => p.Number));
        Assert.Equal([1, 3], text.Pages.Select(p => p.PrintedNumber ?? 0));
        Assert.All(text.Pages, p => Assert.Equal("Some text of the report", p.Text));
    }
}
