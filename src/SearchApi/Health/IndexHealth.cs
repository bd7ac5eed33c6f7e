using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Contracts;

namespace AgendaSearch.SearchApi.Health;

/// <summary>Embedded mode: the index is open and answers; always ready.</summary>
internal sealed class IndexHealth(ISearchIndex index) : INodeHealth
{
    public Task<(HealthResponse Response, bool Ready)> CheckAsync(CancellationToken cancellation) =>
        Task.FromResult((new HealthResponse("ok", index.Count), true));
}
