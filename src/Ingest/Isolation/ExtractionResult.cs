using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Isolation;

/// <summary>
/// What the `extract` verb prints as JSON and the worker reads back: the parsed pack, or an error a person
/// understands ("encrypted: needs a password", "truncated", "parser crashed: stack overflow").
/// <see cref="Pages"/> counts the PDF's physical pages: the pack leaves out blank ones, so a scanned pack
/// (every page blank to a text reader) and a PDF with no pages at all both arrive with no pack pages.
/// <see cref="Failure"/> is the kind of an unreadable file when the reader named one (NoText: a scan).
/// </summary>
public sealed record ExtractionResult(AgendaPack? Pack, int? Pages, string? Error, PdfReadFailure? Failure = null)
{
    public static ExtractionResult Parsed(AgendaPack pack, int pages) => new(pack, pages, null);

    public static ExtractionResult Failed(string error, PdfReadFailure? failure = null) => new(null, null, error, failure);
}
