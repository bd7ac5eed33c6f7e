namespace AgendaSearch.Index;

/// <summary>The Lucene directory implementation that reads the index files.</summary>
public enum IndexDirectoryKind
{
    /// <summary>NIOFSDirectory: positional file reads, no memory mapping.</summary>
    NIOFS,

    /// <summary>MMapDirectory: index files mapped into memory.</summary>
    MMap,
}
