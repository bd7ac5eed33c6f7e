using AgendaSearch.SearchApi.Contracts;

namespace AgendaSearch.SearchApi.Health;

/// <summary>What /healthz says about this process, and whether it is ready to serve (else 503).</summary>
internal interface INodeHealth
{
    Task<(HealthResponse Response, bool Ready)> CheckAsync(CancellationToken cancellation);
}
