using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace AgendaSearch.Index.Storage;

/// <summary>Near-real-time searchers over the writer's view of the index, refreshed on demand.</summary>
internal sealed class NrtSearchers(IndexWriter writer, Similarity similarity) : IDisposable
{
    private readonly SearcherManager _manager = new(writer, applyAllDeletes: true, new Factory(similarity));

    public SearcherLease Acquire() => new(_manager);

    /// <summary>Makes every write so far visible to searchers acquired from now on.</summary>
    public void Refresh() => _manager.MaybeRefreshBlocking();

    public void Dispose() => _manager.Dispose();

    /// <summary>Every searcher scores with the index's similarity (<see cref="RankingOptions.Similarity"/>).</summary>
    private sealed class Factory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
