using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Ledger;
using Microsoft.Extensions.Logging;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// The single writer: every index write happens here together with the ledger change that describes it, and
/// every commit stores the ledger as of exactly the writes it contains. So whatever commit survives a kill,
/// ledger and records agree, and a restart redoes only what the surviving ledger does not show as done.
/// It also compacts the index once writes have stopped for a while (<see cref="ISearchIndex.Compact"/>).
/// </summary>
internal sealed class IndexGate(ISearchIndex index, FileLedger ledger, TimeProvider time, ILogger logger)
{
    private const int Looks = 5;

    private readonly Lock sync = new();
    private bool dirty;
    // True from the start too: an index left in several segments (a stopped batch, an older version) is
    // compacted after the first quiet spell; Compact itself says no when there is nothing to do.
    private bool compactPending = true;
    private DateTimeOffset lastWrite = time.GetUtcNow();

    public DateTimeOffset? LastCommit { get; private set; }

    private readonly BackgroundCompaction compaction = new(index, logger);

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
            compactPending = true;
            lastWrite = time.GetUtcNow();
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
    /// a fixed tick, while a stream of writes (a batch) still gets one commit per interval. After
    /// <paramref name="compactAfter"/> without writes it starts a compaction (zero or less: never).
    /// </summary>
    public async Task RunAsync(TimeSpan interval, TimeSpan compactAfter, CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(interval / Looks, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation))
            {
                if (LastCommit is not { } last || time.GetUtcNow() - last >= interval)
                    CommitIfDirty();
                if (compactAfter > TimeSpan.Zero)
                    StartCompactionIfQuiet(compactAfter);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void StartCompactionIfQuiet(TimeSpan compactAfter)
    {
        lock (sync)
        {
            if (dirty || !compactPending || compaction.Running || time.GetUtcNow() - lastWrite < compactAfter)
                return;
            compactPending = false;
        }
        compaction.Start();
    }
}
