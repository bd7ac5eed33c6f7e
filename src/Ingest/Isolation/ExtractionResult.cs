using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Isolation;

/// <summary>
/// What the `extract` verb prints as JSON and the worker reads back: the parsed pack, or an error a person
/// understands ("encrypted: needs a password", "truncated", "parser crashed: stack overflow").
/// <see cref="Pages"/> counts the PDF's physical pages: the pack leaves out blank ones, so a scanned pack
/// (every page blank to a text reader) and a PDF with no pages at all both arrive with no pack pages.
/// <see cref="Failure"/> is the kind of an unreadable file when the reader named one (NoText: a scan).
/// <see cref="OcrPages"/> counts the pages read by OCR (null: none).
/// </summary>
public sealed record ExtractionResult(AgendaPack? Pack, int? Pages, string? Error, PdfReadFailure? Failure = null, int? OcrPages = null)
{
    public static ExtractionResult Parsed(AgendaPack pack, int pages, int ocrPages = 0) =>
        new(pack, pages, null, OcrPages: ocrPages > 0 ? ocrPages : null);

    public static ExtractionResult Failed(string error, PdfReadFailure? failure = null) => new(null, null, error, failure);
}
