using System.Diagnostics;
using System.Globalization;
using AgendaSearch.Ingest.Extraction.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

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
    public static byte[] Build(string source, IEnumerable<int> pages, ISet<int> scanned)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(source));
        var builder = new PdfDocumentBuilder();
        foreach (var number in pages)
        {
            if (!scanned.Contains(number))
            {
                builder.AddPage(document, number);
                continue;
            }
            var page = document.GetPage(number);
            var image = builder.AddPage(page.Width, page.Height);
            image.AddPng(Render(source, number), new PdfRectangle(0, 0, page.Width, page.Height));
        }
        return builder.Build();
    }

    /// <summary>The settings the tests read scans with, after checking the tools are there.</summary>
    public static OcrSettings Settings(string? cache = null)
    {
        var tools = OcrTools.Probe(OcrSettings.DefaultLanguages);
        Assert.True(tools.Available, $"OCR tests need Tesseract and pdftoppm: {tools.Description}");
        return OcrSettings.CommandLine with { CacheDirectory = cache };
    }

    private static byte[] Render(string source, int page)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"agendasearch-scan-{Guid.NewGuid():N}");
        var number = page.ToString(CultureInfo.InvariantCulture);
        var info = new ProcessStartInfo("pdftoppm") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { "-f", number, "-l", number, "-r", ScanDpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile", source, prefix })
            info.ArgumentList.Add(arg);
        using (var process = Process.Start(info)!)
        {
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }
        var png = prefix + ".png";
        try
        {
            return File.ReadAllBytes(png);
        }
        finally
        {
            File.Delete(png);
        }
    }
}
