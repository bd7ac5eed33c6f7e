using AgendaSearch.Ingest.Extraction.Ocr;

namespace AgendaSearch.Ingest.Tests.Extraction.Ocr;

/// <summary>
/// Scans made from the seed packs: chosen pages are rendered to grey images (poppler's pdftoppm, at a modest
/// resolution so the tests stay quick) and put back as image-only pages; the other pages are copied with their
/// text layer. The OCR tests need Tesseract and pdftoppm (.ci/run installs them).
/// </summary>
internal static class Scans
{
    /// <summary>About what an office copier scans at; enough for Tesseract, which reads the page at 300 dpi anyway.</summary>
    private const int ScanDpi = 200;

    /// <summary>A PDF of <paramref name="pages"/> of <paramref name="source"/>, those in <paramref name="scanned"/> as images.</summary>
    public static byte[] Build(string source, IEnumerable<int> pages, ISet<int> scanned) =>
        AgendaSearch.Bench.ScannedCopy.Build(source, pages, scanned, ScanDpi);

    /// <summary>The settings the tests read scans with, after checking the tools are there.</summary>
    public static OcrSettings Settings(string? cache = null)
    {
        var tools = OcrTools.Probe(OcrSettings.DefaultLanguages);
        Assert.True(tools.Available, $"OCR tests need Tesseract and pdftoppm: {tools.Description}");
        return OcrSettings.CommandLine with { CacheDirectory = cache };
    }
}
