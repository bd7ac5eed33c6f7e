using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// The outer layer: the only code that touches PdfPig or disk. Reads the whole file into memory
/// (PdfPig is much slower from a stream), checks it looks like a complete PDF, turns each page into
/// lines (<see cref="PdfWords"/>, <see cref="LineBuilder"/>) and hands them to the pure
/// <see cref="PageCleaner"/>. Anything unreadable becomes a <see cref="PdfReadException"/>.
/// </summary>
public static class PdfTextReader
{
    public static PackText Read(string path) => Read(Path.GetFileName(path), File.ReadAllBytes(path));

    public static PackText Read(string source, byte[] bytes)
    {
        var (pages, title) = ReadRaw(bytes);
        return new PackText(source, PageCleaner.Clean(pages), title);
    }

    /// <summary>Pages as lines in reading order, before cleaning: what `dump --raw` shows.</summary>
    public static IReadOnlyList<PackPage> ReadRawPages(byte[] bytes) => ReadRaw(bytes).Pages;

    /// <summary>The raw pages and the document's metadata title (null when it has none).</summary>
    public static (IReadOnlyList<PackPage> Pages, string? Title) ReadRaw(byte[] bytes)
    {
        Check(bytes);
        using var document = PdfPig(0, () => PdfDocument.Open(bytes));
        var title = MetadataTitle(document);
        var pages = new List<PackPage>(document.NumberOfPages);
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var (words, width, height) = PdfPig(number, () => PdfWords.Read(document.GetPage(number)));
            pages.Add(new PackPage(number, null, width, height, LineBuilder.Build(words)));
        }
        if (pages.Count > 0 && pages.TrueForAll(p => p.Lines.Count == 0))
            throw new PdfReadException(PdfReadFailure.NoText, "no text: the pages are images only (a scan needs OCR)");
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
