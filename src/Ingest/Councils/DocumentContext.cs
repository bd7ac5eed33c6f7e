namespace AgendaSearch.Ingest.Councils;

/// <summary>
/// What the corpus says about one document besides its text: its path under the corpus folder ('/'
/// separated) and the council its folder's council.json names, if any. The extraction layer reads these
/// (<see cref="CouncilFiles"/>); record building takes them as data and stays pure.
/// </summary>
public sealed record DocumentContext(string RelativePath, string? NamedCouncil = null)
{
    /// <summary>A pack read on its own, outside a corpus: no council is known and none is looked for.</summary>
    public static readonly DocumentContext Standalone = new("") { IsStandalone = true };

    public bool IsStandalone { get; private init; }

    /// <summary>The first-level folder the document lies under; null for a document at the corpus root.</summary>
    public string? Folder =>
        RelativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts ? parts[0] : null;

    /// <summary>
    /// The document's council: the one council.json names, else the one its text names
    /// (<see cref="CouncilDetector"/>), else its first-level folder's name; null when none says.
    /// </summary>
    public string? CouncilOf(Packs.AgendaPack pack) =>
        IsStandalone ? null : NamedCouncil ?? CouncilDetector.Detect(pack.Pages) ?? Folder;
}
