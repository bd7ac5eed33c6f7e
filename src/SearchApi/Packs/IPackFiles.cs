namespace AgendaSearch.SearchApi.Packs;

/// <summary>
/// The registry of pack PDFs the API may serve. A pack id from a URL is only ever a key in this
/// registry; it never becomes part of a file path.
/// </summary>
internal interface IPackFiles
{
    /// <summary>The full path of the pack's PDF, or null when no such pack is known.</summary>
    string? PathOf(string packId);
}
