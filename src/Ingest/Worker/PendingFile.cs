namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// What the watcher knows about a path it has not handed over yet: when the last change event came, and the
/// size and modification time found at its last look (null: no such file) with the time they were first seen
/// like that (null: not looked at yet).
/// </summary>
public sealed record PendingFile(DateTime Changed, FileFacts? Seen = null, DateTime? SeenSince = null)
{
    public PendingFile Touched(DateTime now) => this with { Changed = now };

    /// <summary>After a look that found <paramref name="facts"/>: the steady clock restarts when they differ from the last look's.</summary>
    public PendingFile Looked(FileFacts? facts, DateTime now) =>
        SeenSince is not null && facts == Seen ? this : this with { Seen = facts, SeenSince = now };
}
