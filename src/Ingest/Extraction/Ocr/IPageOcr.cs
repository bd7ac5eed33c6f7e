namespace AgendaSearch.Ingest.Extraction.Ocr;

/// <summary>
/// Reads the given physical pages of a PDF by OCR. <paramref name="progress"/> hears (0, n) before the first
/// page and once after each page, so a caller can extend a deadline and show how far it got. A page that
/// cannot be read throws a <see cref="PdfReadException"/> (<see cref="PdfReadFailure.OcrFailed"/>) saying which.
/// </summary>
internal interface IPageOcr
{
    IReadOnlyDictionary<int, OcrPage> Read(byte[] pdf, IReadOnlyList<int> pages, Action<OcrCount>? progress);
}
