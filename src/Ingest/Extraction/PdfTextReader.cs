using AgendaSearch.Ingest.Extraction.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// The outer layer: the only code that touches PdfPig or disk. Reads the whole file into memory
/// (PdfPig is much slower from a stream), checks it looks like a complete PDF, turns each page into
/// lines (<see cref="PdfWords"/>, <see cref="LineBuilder"/>; scanned pages through <see cref="IPageOcr"/>)
/// and hands them to the pure <see cref="PageCleaner"/>. Anything unreadable becomes a <see cref="PdfReadException"/>.
/// </summary>
public static class PdfTextReader
{
    public static PackText Read(string path) => Read(Path.GetFileName(path), File.ReadAllBytes(path));

    public static PackText Read(string source, byte[] bytes) => Read(source, bytes, null);

    internal static PackText Read(string source, byte[] bytes, IPageOcr? ocr, Action<OcrCount>? progress = null)
    {
        var (pages, title) = ReadRaw(bytes, ocr, progress);
        return new PackText(source, PageCleaner.Clean(pages), title);
    }

    /// <summary>Pages as lines in reading order, before cleaning: what `dump --raw` shows.</summary>
    public static IReadOnlyList<PackPage> ReadRawPages(byte[] bytes) => ReadRaw(bytes, null).Pages;

    internal static IReadOnlyList<PackPage> ReadRawPages(byte[] bytes, IPageOcr? ocr, Action<OcrCount>? progress = null) =>
        ReadRaw(bytes, ocr, progress).Pages;

    /// <summary>The raw pages and the document's metadata title (null when it has none).</summary>
    public static (IReadOnlyList<PackPage> Pages, string? Title) ReadRaw(byte[] bytes) => ReadRaw(bytes, null);

    /// <summary>
    /// The raw pages and the document's metadata title (null when it has none). Scanned pages
    /// (<see cref="ScannedPages"/>) are read by <paramref name="ocr"/> when there is one, and marked
    /// <see cref="PackPage.Ocr"/>; without it, a PDF of scans alone is <see cref="PdfReadFailure.NoText"/>.
    /// </summary>
    internal static (IReadOnlyList<PackPage> Pages, string? Title) ReadRaw(byte[] bytes, IPageOcr? ocr, Action<OcrCount>? progress = null)
    {
        Check(bytes);
        var layers = new List<(IReadOnlyList<TextWord> Words, double Width, double Height)>();
        var scanned = new List<int>();
        string? title;
        using (var document = PdfPig(0, () => PdfDocument.Open(bytes)))
        {
            title = MetadataTitle(document);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var (words, width, height, coverage) = PdfPig(number, () => ReadPage(document.GetPage(number)));
                layers.Add((words, width, height));
                if (ScannedPages.NeedsOcr(words, coverage))
                    scanned.Add(number);
            }
        }
        var recognised = ocr is not null && scanned.Count > 0
            ? ocr.Read(bytes, scanned, progress)
            : new Dictionary<int, OcrPage>();
        var pages = new List<PackPage>(layers.Count);
        for (var i = 0; i < layers.Count; i++)
        {
            var (words, width, height) = layers[i];
            var page = recognised.TryGetValue(i + 1, out var read)
                ? new PackPage(i + 1, null, read.Width, read.Height, LineBuilder.Build(ScannedPages.Merge(words, read.Words)), Ocr: true)
                : new PackPage(i + 1, null, width, height, LineBuilder.Build(words));
            pages.Add(page);
        }
        if (pages.Count > 0 && pages.TrueForAll(p => p.Lines.Count == 0))
            throw new PdfReadException(PdfReadFailure.NoText, ocr is null
                ? "no text: the pages are images only (a scan needs OCR)"
                : "no text: the pages are images only and OCR found no words on them");
        return (pages, title);
    }

    /// <summary>The metadata title; a broken information dictionary loses only the title, not the file.</summary>
    private static string? MetadataTitle(PdfDocument document)
    {
        try
        {
            return document.Information.Title is { } t && t.Trim().Length > 0 ? t.Trim() : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>
    /// A page's words, its size and how much of it its images cover: a scan is one page-sized picture, or a stack
    /// of strips from some scanners, so their areas are added up.
    /// </summary>
    private static (IReadOnlyList<TextWord> Words, double Width, double Height, double ImageCoverage) ReadPage(Page page)
    {
        var (words, width, height) = PdfWords.Read(page);
        var area = page.Width * page.Height;
        // Images are only looked at on pages without text worth the name: born-digital pages skip the cost.
        var coverage = area <= 0 || words.Sum(w => w.Text.Length) >= ScannedPages.MinCharacters
            ? 0
            : Math.Min(1, page.GetImages().Sum(image => Math.Abs(image.BoundingBox.Width * image.BoundingBox.Height)) / area);
        return (words, width, height, coverage);
    }

    /// <summary>Runs a PdfPig call, turning its failures into a <see cref="PdfReadException"/> that says where.</summary>
    private static T PdfPig<T>(int page, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new PdfReadException(PdfReadFailure.Encrypted, "encrypted: needs a password", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var where = page > 0 ? $" on page {page}" : "";
            throw new PdfReadException(PdfReadFailure.Damaged, $"damaged{where}: {FirstLine(e.Message)}", e);
        }
    }

    /// <summary>
    /// PdfPig's lenient parser rebuilds a cut-off file from what is left and silently loses the
    /// rest, so a missing end-of-file marker is rejected before parsing.
    /// </summary>
    private static void Check(byte[] bytes)
    {
        if (bytes.Length == 0)
            throw new PdfReadException(PdfReadFailure.Empty, "empty file");
        if (IndexOf(bytes, "%PDF-"u8, 0, Math.Min(bytes.Length, 1024)) < 0)
            throw new PdfReadException(PdfReadFailure.NotPdf, "not a PDF: no %PDF- header");
        var tail = Math.Max(0, bytes.Length - 2048);
        if (IndexOf(bytes, "%%EOF"u8, tail, bytes.Length - tail) < 0)
            throw new PdfReadException(PdfReadFailure.Truncated, "truncated: no %%EOF marker at the end of the file");
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> marker, int start, int length)
    {
        var at = bytes.AsSpan(start, length).IndexOf(marker);
        return at < 0 ? -1 : start + at;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length == 0 ? "unreadable" : line;
    }
}
