namespace AgendaSearch.Ingest.Extraction.Ocr;

/// <summary>
/// Tesseract OCR for the command-line verbs: the tools are looked for only when a file has scanned pages, and
/// without them those pages stay without text (the file is then `no text`), as before OCR existed.
/// </summary>
internal sealed class OnDemandOcr(OcrSettings settings) : IPageOcr
{
    private readonly Lazy<TesseractOcr?> ocr = new(() =>
        OcrTools.Probe(settings.Languages, settings.Tesseract, settings.Pdftoppm).Available ? new TesseractOcr(settings) : null);

    public IReadOnlyDictionary<int, OcrPage> Read(byte[] pdf, IReadOnlyList<int> pages, Action<OcrCount>? progress) =>
        ocr.Value?.Read(pdf, pages, progress) ?? new Dictionary<int, OcrPage>();
}
