using Lucene.Net.Search;

namespace AgendaSearch.Index.Storage;

/// <summary>
/// A searcher borrowed from a <see cref="SearcherManager"/>: `using var lease = searchers.Acquire();`
/// returns it in Dispose, so a refresh can close the old reader once no search holds it.
/// </summary>
internal sealed class SearcherLease(SearcherManager manager) : IDisposable
{
    private IndexSearcher? _searcher = manager.Acquire();

    public IndexSearcher Searcher => _searcher ?? throw new ObjectDisposedException(nameof(SearcherLease));

    public void Dispose()
    {
        if (_searcher is { } searcher)
        {
            _searcher = null;
            manager.Release(searcher);
        }
    }
}
