using System.Globalization;

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
        var pages = Enumerable.Range(first, Math.Max(0, last - first + 1)).ToList();
        var bytes = ScannedCopy.Build(source, pages, digital ? new HashSet<int>() : pages.ToHashSet(), dpi);
        File.WriteAllBytes(output, bytes);
        using var copy = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages={copy.NumberOfPages}"));
        return 0;
    }
}
