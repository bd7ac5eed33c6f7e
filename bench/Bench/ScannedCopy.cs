using System.Diagnostics;
using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace AgendaSearch.Bench;

/// <summary>
/// A copy of some pages of a PDF with chosen pages turned into scans: each rendered by poppler's pdftoppm (grey,
/// like an office copier) and put back as one picture with no text layer; the other pages keep theirs. The ocr
/// bench stage and the OCR tests (which compile this file in) make their scans with it.
/// </summary>
internal static class ScannedCopy
{
    public static byte[] Build(string source, IEnumerable<int> pages, ISet<int> scanned, int dpi)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(source));
        var builder = new PdfDocumentBuilder();
        foreach (var number in pages.Where(n => n >= 1 && n <= document.NumberOfPages))
        {
            if (!scanned.Contains(number))
            {
                builder.AddPage(document, number);
                continue;
            }
            var page = document.GetPage(number);
            builder.AddPage(page.Width, page.Height).AddPng(Render(source, number, dpi), new PdfRectangle(0, 0, page.Width, page.Height));
        }
        return builder.Build();
    }

    private static byte[] Render(string source, int page, int dpi)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"agendasearch-scan-{Guid.NewGuid():N}");
        var info = new ProcessStartInfo("pdftoppm") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { "-f", $"{page}", "-l", $"{page}", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile", source, prefix })
            info.ArgumentList.Add(arg);
        using (var process = Process.Start(info)!)
        {
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"pdftoppm failed on page {page} of {source}: {errors.Trim()}");
        }
        try
        {
            return File.ReadAllBytes(prefix + ".png");
        }
        finally
        {
            File.Delete(prefix + ".png");
        }
    }
}
