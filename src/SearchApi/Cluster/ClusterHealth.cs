using AgendaSearch.Cluster;
using AgendaSearch.Cluster.Search;
using AgendaSearch.Cluster.Store;
using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Contracts;
using AgendaSearch.SearchApi.Health;

namespace AgendaSearch.SearchApi.Cluster;

/// <summary>
/// /healthz in cluster mode. A search node reports its own index and its lag behind the journal head as last
/// seen, and is ready once it has seen the head and is within <see cref="ClusterOptions.ReadyLag"/> of it. A node
/// without the search role reports the shared store's records and head, and is ready while the store answers.
/// </summary>
internal sealed class ClusterHealth(ClusterOptions options, IServiceProvider services) : INodeHealth
{
    private readonly string role = string.Join(',',
        new[] { ClusterRoles.Ingest, ClusterRoles.Search }.Where(r => options.Roles.HasFlag(r)).Select(r => r.ToString().ToLowerInvariant()));

    public async Task<(HealthResponse Response, bool Ready)> CheckAsync(CancellationToken cancellation)
    {
        if (options.Roles.HasFlag(ClusterRoles.Search))
        {
            var follower = services.GetRequiredService<JournalFollower>();
            var index = services.GetRequiredService<ISearchIndex>();
            var applied = follower.Applied;
            var head = follower.Head;
            var lag = head is { } seen ? seen - applied : 0;
            var ready = head is not null && lag <= options.ReadyLag;
            return (new HealthResponse(ready ? "ok" : head is null ? "waiting-for-journal" : "catching-up", index.Count)
            {
                Role = role, Journal = new JournalHealth(head ?? applied, applied, lag),
            }, ready);
        }
        try
        {
            var head = await services.GetRequiredService<JournalReader>().HeadAsync(cancellation);
            var records = await services.GetRequiredService<LedgerStatus>().RecordsAsync(cancellation);
            return (new HealthResponse("ok", records) { Role = role, Journal = new JournalHealth(head, head, 0) }, true);
        }
        catch (Exception e) when (StoreErrors.IsStoreFailure(e))
        {
            return (new HealthResponse("store-unreachable", 0) { Role = role }, false);
        }
    }
}
