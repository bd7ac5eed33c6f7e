using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Ledger;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// The single writer: every index write happens here together with the ledger change that describes it, and
/// every commit stores the ledger as of exactly the writes it contains. So whatever commit survives a kill,
/// ledger and records agree, and a restart redoes only what the surviving ledger does not show as done.
/// </summary>
internal sealed class IndexGate(ISearchIndex index, FileLedger ledger, TimeProvider time)
{
    private const int Looks = 5;

    private readonly Lock sync = new();
    private bool dirty;

    public DateTimeOffset? LastCommit { get; private set; }

    /// <summary>
    /// Applies <paramref name="change"/> for <paramref name="file"/>. If the index throws half-way (a disk
    /// error), what it holds uncommitted for that file is unknown, so the file is marked pending: the commit
    /// then cannot claim it done, and the next pass (or restart) redoes it.
    /// </summary>
    public void Write(string file, Action<ISearchIndex, FileLedger> change)
    {
        lock (sync)
        {
            dirty = true;
            try
            {
                change(index, ledger);
            }
            catch
            {
                if (ledger[file] is { } entry)
                    ledger.Set(entry with { State = FileState.Pending });
                throw;
            }
        }
    }

    public void CommitIfDirty()
    {
        lock (sync)
        {
            if (!dirty)
                return;
            index.Commit(ledger.ToUserData());
            dirty = false;
            LastCommit = time.GetUtcNow();
        }
    }

    /// <summary>
    /// Commits pending writes at most once per <paramref name="interval"/>, which bounds how long an indexed pack
    /// stays unsearchable. The gate looks <see cref="Looks"/> times per interval, so a pack written after a quiet
    /// spell (a new file in the folder) is committed within a fraction of the interval instead of waiting for
    /// a fixed tick, while a stream of writes (a batch) still gets one commit per interval.
    /// </summary>
    public async Task RunAsync(TimeSpan interval, CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(interval / Looks, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation))
                if (LastCommit is not { } last || time.GetUtcNow() - last >= interval)
                    CommitIfDirty();
        }
        catch (OperationCanceledException)
        {
        }
    }
}
