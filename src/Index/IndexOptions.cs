namespace AgendaSearch.Index;

/// <summary>Where the index lives; bound from the "Index" configuration section.</summary>
public sealed class IndexOptions
{
    public const string Section = "Index";

    /// <summary>
    /// Folder of the Lucene index, created when missing; relative paths are from the working
    /// directory. Default "data/index".
    /// </summary>
    public string Path { get; set; } = "data/index";
}
