using AgendaSearch.Cluster.Store;
using AgendaSearch.Ingest.Worker;
using AgendaSearch.SearchApi.Ingest;
using AgendaSearch.Cluster;

namespace AgendaSearch.SearchApi.Cluster;

/// <summary>Cluster mode: the shared ledger in PostgreSQL, the same on every node; null while it is unreachable.</summary>
internal sealed class ClusterStatusReader(LedgerStatus ledger, ILogger<ClusterStatusReader> logger) : IIngestStatusReader
{
    public async Task<IngestStatus?> ReadAsync(CancellationToken cancellation)
    {
        try
        {
            return await ledger.ReadAsync(cancellation);
        }
        catch (Exception e) when (StoreErrors.IsStoreFailure(e))
        {
            logger.LogWarning("Ingest status unavailable: {Error}", e.Message);
            return null;
        }
    }
}
