namespace AgendaSearch.Ingest.Isolation;

/// <summary>Reads and parses one PDF. Never throws for a bad file: the failure is in the result.</summary>
public interface IPackExtractor
{
    Task<ExtractionResult> ExtractAsync(string path, CancellationToken cancellation);

    /// <summary>Gets ready for <paramref name="parallelism"/> files at once (starts what it needs) before the first arrives.</summary>
    void Prepare(int parallelism)
    {
    }
}
