namespace AgendaSearch.Ingest.Worker;

/// <summary>A file being read by OCR: <see cref="Pages"/> of its <see cref="Of"/> scanned pages are done.</summary>
public sealed record OcrProgress(string File, int Pages, int Of);
