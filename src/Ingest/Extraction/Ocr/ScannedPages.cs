namespace AgendaSearch.Ingest.Extraction.Ocr;

/// <summary>
/// Which pages need OCR, and how recognised words join a page's text layer. A page needs OCR when its text
/// layer is next to empty while an image covers most of it: a scanned page, even one a publishing system
/// stamped with a page number or "Agenda Item 5". A page with a logo and a few words of real text is not one
/// (its image is small), nor is a blank page (no image), so born-digital pages never pay for OCR.
/// </summary>
internal static class ScannedPages
{
    /// <summary>Fewer letters and digits than this is no usable text: a stamp or a page number, not the page's text.</summary>
    public const int MinCharacters = 40;

    /// <summary>The share of the page images must cover to be a scan of it.</summary>
    public const double MinImageCoverage = 0.5;

    public static bool NeedsOcr(IReadOnlyList<TextWord> words, double imageCoverage) =>
        imageCoverage >= MinImageCoverage && words.Sum(w => w.Text.Count(char.IsLetterOrDigit)) < MinCharacters;

    /// <summary>
    /// The page's text-layer words and the recognised ones that do not repeat them: a stamp drawn as text over
    /// the scan is read once, from the text layer.
    /// </summary>
    public static IReadOnlyList<TextWord> Merge(IReadOnlyList<TextWord> layer, IReadOnlyList<TextWord> recognised) =>
        layer.Count == 0 ? recognised : [.. layer, .. recognised.Where(r => !layer.Any(w => Overlaps(w, r)))];

    private static bool Overlaps(TextWord a, TextWord b) =>
        a.X < b.Right && b.X < a.Right && Math.Abs(a.Baseline - b.Baseline) < 0.5 * Math.Max(a.FontSize, b.FontSize);
}
