using System.Diagnostics;
using AgendaSearch.Index.Search;
using Microsoft.Extensions.Logging;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Merges an index into one segment in the background, one merge at a time (<see cref="ISearchIndex.Compact"/>), off
/// the loop that writes, so writes made during a long merge still commit on time (they land in new segments; the next
/// quiet spell merges them in). The embedded worker's <see cref="IndexGate"/> and a cluster search node decide when
/// writes have gone quiet; this does the merge the same way for both.
/// </summary>
public sealed class BackgroundCompaction(ISearchIndex index, ILogger logger)
{
    /// <summary>
    /// A merge starts only from this many segments: a merge rewrites the whole index (about 2 s per 1,000
    /// packs), while one or two new packs' small segments beside it add little to a search. So a trickle of packs
    /// costs a rewrite every third pack or so, and a batch (about ten segments) one at its end.
    /// </summary>
    public const int FromSegments = 4;

    /// <summary>The merge running or last run (completed when none was started).</summary>
    private Task running = Task.CompletedTask;

    /// <summary>True while a merge runs.</summary>
    public bool Running => !running.IsCompleted;

    /// <summary>Starts a merge unless one is running.</summary>
    public void Start()
    {
        if (Running)
            return;
        running = Task.Run(Compact);
    }

    private void Compact()
    {
        try
        {
            var clock = Stopwatch.StartNew();
            if (index.Compact(FromSegments))
                logger.LogInformation("Index merged into one segment in {Seconds:0.0} s", clock.Elapsed.TotalSeconds);
        }
        catch (ObjectDisposedException)
        {
            // The host stopped during the merge: the index's rollback dropped it, and the next start tries again.
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Merging the index into one segment failed; searches still work on its segments");
        }
    }
}
