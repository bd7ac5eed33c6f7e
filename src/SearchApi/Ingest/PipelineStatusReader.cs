using AgendaSearch.Ingest.Worker;

namespace AgendaSearch.SearchApi.Ingest;

/// <summary>Embedded mode: the ledger as the worker holds it now, with its progress.</summary>
internal sealed class PipelineStatusReader(IngestPipeline pipeline) : IIngestStatusReader
{
    public Task<IngestStatus?> ReadAsync(CancellationToken cancellation) => Task.FromResult<IngestStatus?>(pipeline.Status());
}
