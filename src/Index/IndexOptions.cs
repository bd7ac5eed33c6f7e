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
    /// How index files are read. Default <see cref="IndexDirectoryKind.NIOFS"/> (positional reads),
    /// chosen over memory mapping after reports of slow parallel searches with MMapDirectory in the
    /// Lucene.Net 4.8 betas; bench/IndexDirectoryBench measures both on a given machine.
    /// </summary>
    public IndexDirectoryKind Directory { get; set; } = IndexDirectoryKind.NIOFS;
}
