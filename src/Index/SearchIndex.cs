using AgendaSearch.Index.Search;
using AgendaSearch.Index.Storage;
using Lucene.Net.Store;

namespace AgendaSearch.Index;

/// <summary>Opens the search index. The host owns the returned index and disposes it at shutdown.</summary>
public static class SearchIndex
{
    /// <summary>
    /// Opens (or creates) the index at <see cref="IndexOptions.Path"/> with NIOFSDirectory: the
    /// memory-mapped directory was measured slower under parallel searches in the Lucene.Net 4.8
    /// betas (numbers in docs/readme/h-index.md).
    /// </summary>
    public static ISearchIndex Open(IndexOptions options)
    {
        var folder = System.IO.Directory.CreateDirectory(options.Path);
        return new LuceneSearchIndex(new NIOFSDirectory(folder));
    }

    /// <summary>An empty index in memory, for tests and tools.</summary>
    public static ISearchIndex OpenInMemory() => new LuceneSearchIndex(new RAMDirectory());
}
