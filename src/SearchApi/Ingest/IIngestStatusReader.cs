using AgendaSearch.Ingest.Worker;

namespace AgendaSearch.SearchApi.Ingest;

/// <summary>Where GET /api/ingest/status reads from: the embedded worker's ledger, or the cluster's shared one.</summary>
internal interface IIngestStatusReader
{
    /// <summary>The status; null when the ledger cannot be read now (the shared store is unreachable).</summary>
    Task<IngestStatus?> ReadAsync(CancellationToken cancellation);
}
