using System.Globalization;

namespace AgendaSearch.Ingest.Extraction.Ocr;

/// <summary>
/// OCR with the programs themselves: each scanned page is rendered by poppler's pdftoppm (grey, at
/// <see cref="OcrSettings.Dpi"/>) and read by Tesseract, whose TSV gives every word with its box
/// (<see cref="TesseractTsv"/>). Pages already read for the same bytes come from the <see cref="OcrCache"/>.
/// The file and its page images live in a temporary folder removed afterwards.
/// </summary>
internal sealed class TesseractOcr(OcrSettings settings) : IPageOcr
{
    private int recognised;

    /// <summary>Pages Tesseract has read (not taken from the cache) since this was made.</summary>
    public int PagesRecognised => Volatile.Read(ref recognised);

    public IReadOnlyDictionary<int, OcrPage> Read(byte[] pdf, IReadOnlyList<int> pages, Action<OcrCount>? progress)
    {
        var cache = OcrCache.For(settings.CacheDirectory, settings.Languages, pdf);
        var result = new Dictionary<int, OcrPage>();
        progress?.Invoke(new OcrCount(0, pages.Count));
        DirectoryInfo? work = null;
        try
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var tsv = cache.Get(page);
                if (tsv is null)
                {
                    work ??= WorkFolder(pdf);
                    tsv = Recognise(work.FullName, page);
                    cache.Put(page, tsv);
                    Interlocked.Increment(ref recognised);
                }
                result[page] = TesseractTsv.Parse(tsv, OcrSettings.Dpi);
                progress?.Invoke(new OcrCount(i + 1, pages.Count));
            }
        }
        finally
        {
            Remove(work);
        }
        return result;
    }

    private static DirectoryInfo WorkFolder(byte[] pdf)
    {
        var work = Directory.CreateTempSubdirectory("agendasearch-ocr-");
        File.WriteAllBytes(Path.Combine(work.FullName, "file.pdf"), pdf);
        return work;
    }

    private string Recognise(string work, int page)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var dpi = OcrSettings.Dpi.ToString(CultureInfo.InvariantCulture);
        var prefix = Path.Combine(work, "page");
        Run(page, settings.Pdftoppm,
            ["-f", number, "-l", number, "-r", dpi, "-gray", "-singlefile", Path.Combine(work, "file.pdf"), prefix]);
        var image = prefix + ".pgm";
        if (!File.Exists(image))
            throw Failed(page, $"{settings.Pdftoppm} rendered nothing");
        var tsv = Run(page, settings.Tesseract, [image, "stdout", "-l", settings.Languages, "--dpi", dpi, "--psm", "3", "tsv"]);
        File.Delete(image);
        return tsv;
    }

    private string Run(int page, string program, string[] args)
    {
        var outcome = ToolRun.Run(program, args, settings.MemoryLimitMb, settings.PageTimeout);
        if (outcome.TimedOut)
            throw Failed(page, $"{program} timed out after {settings.PageTimeout.TotalSeconds:0.#} s");
        if (outcome.ExitCode != 0)
            throw Failed(page, $"{program} {outcome.Reason}");
        return outcome.Stdout;
    }

    private static PdfReadException Failed(int page, string why) =>
        new(PdfReadFailure.OcrFailed, string.Create(CultureInfo.InvariantCulture, $"OCR failed on page {page}: {why}"));

    private static void Remove(DirectoryInfo? work)
    {
        try
        {
            work?.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is untidy, not wrong.
        }
    }
}
