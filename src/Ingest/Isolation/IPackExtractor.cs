using AgendaSearch.Ingest.Extraction.Ocr;

namespace AgendaSearch.Ingest.Isolation;

/// <summary>Reads and parses one PDF. Never throws for a bad file: the failure is in the result.</summary>
public interface IPackExtractor
{
    Task<ExtractionResult> ExtractAsync(string path, CancellationToken cancellation);

    /// <summary>The same, telling <paramref name="ocrProgress"/> how far the OCR of the file's scanned pages has got.</summary>
    Task<ExtractionResult> ExtractAsync(string path, Action<OcrCount>? ocrProgress, CancellationToken cancellation) =>
        ExtractAsync(path, cancellation);

    /// <summary>Gets ready for <paramref name="parallelism"/> files at once (starts what it needs) before the first arrives.</summary>
    void Prepare(int parallelism)
    {
    }
}
