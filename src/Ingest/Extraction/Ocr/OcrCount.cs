namespace AgendaSearch.Ingest.Extraction.Ocr;

/// <summary>How far the OCR of one file has got: <see cref="Done"/> of <see cref="Of"/> scanned pages read.</summary>
public readonly record struct OcrCount(int Done, int Of);
