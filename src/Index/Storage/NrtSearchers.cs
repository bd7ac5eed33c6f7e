using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Storage;

/// <summary>Near-real-time searchers over the writer's view of the index, refreshed on demand.</summary>
internal sealed class NrtSearchers(IndexWriter writer) : IDisposable
{
    private readonly SearcherManager _manager = new(writer, applyAllDeletes: true, new SearcherFactory());

    public SearcherLease Acquire() => new(_manager);

    /// <summary>Makes every write so far visible to searchers acquired from now on.</summary>
    public void Refresh() => _manager.MaybeRefreshBlocking();

    public void Dispose() => _manager.Dispose();
}
