namespace AgendaSearch.Cluster.Store;

/// <summary>One record change, at its position in commit order.</summary>
public sealed record JournalEntry(long Position, string PackId, string Path, JournalChange Change, int Records);
