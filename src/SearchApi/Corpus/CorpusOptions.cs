namespace AgendaSearch.SearchApi.Corpus;

/// <summary>Where the agenda pack PDFs are; bound from the "Corpus" configuration section.</summary>
internal sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>
    /// Folder of the pack PDFs (searched with its subfolders). Default "corpus". A relative path is
    /// resolved against the current working directory, like <c>Index:Path</c>, so
    /// <c>dotnet run --project src/SearchApi</c> from the repository root serves the repository's corpus/.
    /// </summary>
    public string Path { get; set; } = "corpus";

    /// <summary>
    /// Default 30. The PDF endpoint keeps a map of the folder's packs and walks the folder again for an
    /// unknown pack id only when a file watcher reported a change, or when the last walk is older than
    /// this many seconds (a folder whose changes the watcher cannot see, e.g. a network share, is thus
    /// picked up within this time). 0 walks again for every unknown id.
    /// </summary>
    public int RescanSeconds { get; set; } = 30;

    public string FullPath => System.IO.Path.GetFullPath(Path);
}
