using AgendaSearch.Index.Search;
using AgendaSearch.Index.Storage;
using Lucene.Net.Store;

namespace AgendaSearch.Index;

/// <summary>Opens the search index. The host owns the returned index and disposes it at shutdown.</summary>
public static class SearchIndex
{
    /// <summary>Opens (or creates) the index at <see cref="IndexOptions.Path"/>.</summary>
    public static ISearchIndex Open(IndexOptions options)
    {
        var folder = System.IO.Directory.CreateDirectory(options.Path);
        FSDirectory directory = options.Directory == IndexDirectoryKind.MMap
            ? new MMapDirectory(folder)
            : new NIOFSDirectory(folder);
        return new LuceneSearchIndex(directory);
    }

    /// <summary>An empty index in memory, for tests and tools.</summary>
    public static ISearchIndex OpenInMemory() => new LuceneSearchIndex(new RAMDirectory());
}
