using System.Diagnostics;
using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace AgendaSearch.Bench;

/// <summary>
/// `scan SRC OUT --pages A-B [--dpi D] [--digital]`: pages A to B of SRC as an image-only PDF, each page rendered by
/// poppler's pdftoppm (grey, D dpi, like an office copier) and put back as one picture, what the ocr stage reads.
/// With --digital the same pages are copied with their text layer instead (the born-digital comparison).
/// </summary>
internal static class ScanMaker
{
    public static int Run(string source, string output, int first, int last, int dpi, bool digital)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(source));
        var builder = new PdfDocumentBuilder();
        for (var number = first; number <= Math.Min(last, document.NumberOfPages); number++)
        {
            if (digital)
            {
                builder.AddPage(document, number);
                continue;
            }
            var page = document.GetPage(number);
            builder.AddPage(page.Width, page.Height).AddPng(Render(source, number, dpi), new PdfRectangle(0, 0, page.Width, page.Height));
        }
        File.WriteAllBytes(output, builder.Build());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages={Math.Min(last, document.NumberOfPages) - first + 1}"));
        return 0;
    }

    private static byte[] Render(string source, int page, int dpi)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"agendasearch-bench-scan-{Guid.NewGuid():N}");
        var info = new ProcessStartInfo("pdftoppm") { UseShellExecute = false };
        foreach (var arg in new[] { "-f", $"{page}", "-l", $"{page}", "-r", $"{dpi}", "-gray", "-png", "-singlefile", source, prefix })
            info.ArgumentList.Add(arg);
        using (var process = Process.Start(info)!)
        {
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"pdftoppm failed on page {page} of {source}");
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
