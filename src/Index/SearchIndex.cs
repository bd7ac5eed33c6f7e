using AgendaSearch.Index.Search;
using AgendaSearch.Index.Storage;
using Lucene.Net.Store;

namespace AgendaSearch.Index;

/// <summary>Opens the search index. The host owns the returned index and disposes it at shutdown.</summary>
public static class SearchIndex
{
    /// <summary>Opens (or creates) the index at <see cref="IndexOptions.Path"/>.</summary>
    /// <exception cref="InvalidOperationException">Another process has the index open for writing.</exception>
    public static ISearchIndex Open(IndexOptions options)
    {
        var folder = System.IO.Directory.CreateDirectory(options.Path);
        FSDirectory directory = options.Directory == IndexDirectoryKind.MMap
            ? new UntrackedMMapDirectory(folder)
            : new NIOFSDirectory(folder);
        try
        {
            return new LuceneSearchIndex(directory, options.Ranking);
        }
        catch (LockObtainFailedException e)
        {
            directory.Dispose();
            throw new InvalidOperationException(
                $"The index at {folder.FullName} is in use by another process (its write.lock is held): "
                + "stop the other search host or ingest run, or give this one its own Index:Path.", e);
        }
    }

    /// <summary>An empty index in memory, for tests and tools; <paramref name="ranking"/> null: the default ranking.</summary>
    public static ISearchIndex OpenInMemory(RankingOptions? ranking = null) => new LuceneSearchIndex(new RAMDirectory(), ranking);
}
