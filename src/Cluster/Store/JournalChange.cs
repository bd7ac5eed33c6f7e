namespace AgendaSearch.Cluster.Store;

/// <summary>What a journal entry did to a pack's records.</summary>
public enum JournalChange
{
    /// <summary>The pack's records are now those in the documents table.</summary>
    Replace,

    /// <summary>The pack has no records any more (its file was deleted, failed or turned out a duplicate).</summary>
    Remove,
}
