namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Whether the corpus folder can be believed about deletions. A folder that is missing, or holds no PDF while the
/// ledger knows several files, is far more often an unmounted share or an emptied mount point than every paper
/// deleted at once; planning then removes nothing until the folder shows files again. Deleting files one by one
/// still empties an index: the last file alone may go. Embedded and cluster ingest both ask it, so one folder
/// behaves the same in both modes.
/// </summary>
public static class CorpusPresence
{
    /// <summary>Why the folder at <paramref name="root"/> is not to be trusted now, or null when it is.</summary>
    public static string? Unavailable(string root, int knownFiles)
    {
        if (!Directory.Exists(root))
            return "the folder does not exist (unmounted or moved?)";
        if (knownFiles > 1 && !CorpusPdfs.Under(root, root).Any())
            return $"the folder holds no PDF while the ledger knows {knownFiles} files (unmounted or emptied?)";
        return null;
    }
}
