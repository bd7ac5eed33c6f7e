namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// The worker right now: files waiting or being extracted, files finished since it started, whether a scan is
/// running, and when the index was last committed (what is committed is searchable). <see cref="Ocr"/> lists the
/// files whose scanned pages are being read by OCR, with how many pages are done.
/// </summary>
public sealed record IngestProgress(
    int Queued,
    int Extracting,
    int Processed,
    bool Scanning,
    DateTimeOffset StartedAt,
    DateTimeOffset? LastCommitAt,
    IReadOnlyList<OcrProgress> Ocr);
