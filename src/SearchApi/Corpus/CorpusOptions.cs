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

    public string FullPath => System.IO.Path.GetFullPath(Path);
}
