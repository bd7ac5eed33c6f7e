using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Extraction.Ocr;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.Extraction.Ocr;

/// <summary>Tesseract's TSV (fixtures/minutes-page.tsv: the top of a scanned minutes page read at 300 dpi) as words and lines.</summary>
public sealed class TesseractTsvTests
{
    private static readonly OcrPage Page =
        TesseractTsv.Parse(File.ReadAllText(FixtureText.PathOf("Extraction/Ocr", "minutes-page.tsv")), 300);

    [Fact]
    public void The_page_size_comes_from_the_image_in_points()
    {
        Assert.Equal(2480 * 0.24, Page.Width, 3);
        Assert.Equal(3509 * 0.24, Page.Height, 3);
    }

    [Fact]
    public void Words_become_lines_in_reading_order_with_a_column_kept_as_a_cell()
    {
        var lines = LineBuilder.Build(Page.Words);

        Assert.Equal(
            ["Minutes of a meeting of the Scrutiny Commission held at County Hall, Glenfield on Wednesday,", "9 June 2021.", "PRESENT (Pages 5-14)"],
            lines.Select(l => l.Text));
        Assert.Equal(["PRESENT", "(Pages 5-14)"], lines[2].Columns.Select(c => c.Text));
    }

    [Fact]
    public void A_line_sits_on_the_bottom_its_words_share_not_on_a_descender()
    {
        var first = LineBuilder.Build(Page.Words)[0];

        // "meeting" and "Scrutiny" reach 9 px lower than the other words: the baseline is theirs, not the descenders'.
        Assert.Equal((3509 - 350) * 0.24, first.Y, 3);
        Assert.Equal(265 * 0.24, first.X, 3);
        Assert.InRange(first.FontSize, 10, 13);
    }

    [Fact]
    public void A_low_confidence_mark_without_letters_is_left_out()
    {
        Assert.DoesNotContain(Page.Words, w => w.Text == "|");
    }
}
