namespace AgendaSearch.Index;

/// <summary>Where the index lives and how it is read; bound from the "Index" configuration section.</summary>
public sealed class IndexOptions
{
    public const string Section = "Index";

    /// <summary>
    /// Folder of the Lucene index, created when missing; relative paths are from the working
    /// directory. Default "data/index".
    /// </summary>
    public string Path { get; set; } = "data/index";

    /// <summary>
    /// How index files are read. Default <see cref="IndexDirectoryKind.MMap"/> (memory mapped): with the
    /// real API on the 1,000-pack benchmark corpus it served 1.8 times the searches per second of
    /// <see cref="IndexDirectoryKind.NIOFS"/> at 16 connections and halved the median latency, because
    /// NIOFS reads every block through a file stream shared under a lock (bench/run search,
    /// docs/benchmarks.md). NIOFS remains for platforms where mapping files is a problem.
    /// </summary>
    public IndexDirectoryKind Directory { get; set; } = IndexDirectoryKind.MMap;

    /// <summary>How hits are ordered by relevance (field weights, phrase and kind boosts); see <see cref="RankingOptions"/>.</summary>
    public RankingOptions Ranking { get; set; } = new();
}
