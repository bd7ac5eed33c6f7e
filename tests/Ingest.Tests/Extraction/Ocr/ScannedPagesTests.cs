using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Extraction.Ocr;

namespace AgendaSearch.Ingest.Tests.Extraction.Ocr;

public sealed class ScannedPagesTests
{
    private static TextWord Word(string text, double x, double baseline) => new(text, x, x + 6 * text.Length, baseline, 11, false);

    [Fact]
    public void A_page_covered_by_an_image_with_only_a_stamp_as_text_needs_ocr()
    {
        Assert.True(ScannedPages.NeedsOcr([Word("Agenda", 500, 800), Word("Item", 540, 800), Word("5", 570, 800)], 0.98));
    }

    [Fact]
    public void A_page_with_text_or_without_a_page_sized_image_does_not()
    {
        var text = Enumerable.Range(0, 12).Select(i => Word("council", 72, 700 - 14 * i)).ToList();
        Assert.False(ScannedPages.NeedsOcr(text, 1));
        Assert.False(ScannedPages.NeedsOcr([Word("Agenda", 72, 700)], 0.2));
        Assert.False(ScannedPages.NeedsOcr([], 0));
    }

    [Fact]
    public void A_stamp_drawn_over_a_scan_is_kept_once_from_the_text_layer()
    {
        var layer = new[] { Word("Agenda", 480, 800), Word("Item", 520, 800) };
        var read = new[] { Word("Agenda", 481, 799), Word("ltem", 521, 799), Word("Minutes", 72, 700) };

        var merged = ScannedPages.Merge(layer, read);

        Assert.Equal(["Agenda", "Item", "Minutes"], merged.Select(w => w.Text));
    }
}
