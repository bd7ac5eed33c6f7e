using AgendaSearch.Cluster.Store;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Worker;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AgendaSearch.Cluster.Search;

/// <summary>
/// The search role: catches the local index up with the journal, then again whenever PostgreSQL notifies a
/// commit with journal entries (LISTEN) or <see cref="ClusterOptions.PollMilliseconds"/> passes, whichever is
/// first. When PostgreSQL is unreachable it keeps serving its index and tries again with backoff. Once no entries
/// came for <paramref name="compactAfter"/> after some did, it merges the index into one segment in the background,
/// as the embedded worker does (a catch-up leaves many segments, and searches pay per segment).
/// </summary>
public sealed class SearchNode(JournalFollower follower, ISearchIndex index, NpgsqlDataSource source, ClusterOptions options,
    TimeSpan compactAfter, ILogger<SearchNode> logger) : BackgroundService
{
    private readonly BackgroundCompaction compaction = new(index, logger);
    // Due from the start too: an index left in several segments by an earlier run is merged after the first quiet spell.
    private DateTime? compactDue = DateTime.UtcNow + compactAfter;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await SchemaMigrations.ApplyWhenReachableAsync(source, logger, stoppingToken);
        logger.LogInformation("Search node {Node} follows the journal from position {Position}", options.NodeName, follower.Applied);
        NpgsqlConnection? listener = null;
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    listener ??= await ListenAsync(stoppingToken);
                    if (await follower.CatchUpAsync(stoppingToken) > 0)
                        compactDue = DateTime.UtcNow + compactAfter;
                    else
                        CompactIfDue();
                    if (failures > 0)
                        logger.LogInformation("Journal reachable again after {Failures} failed tries", failures);
                    failures = 0;
                    await listener.WaitAsync(options.Poll, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    if (failures++ == 0)
                        logger.LogWarning(e, "Following the journal failed; trying again with backoff");
                    if (listener is not null)
                        await listener.DisposeAsync();
                    listener = null;
                    await Task.Delay(Backoff.After(failures), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (listener is not null)
                await listener.DisposeAsync();
        }
    }

    private void CompactIfDue()
    {
        if (compactAfter <= TimeSpan.Zero || compactDue is not { } due || DateTime.UtcNow < due || compaction.Running)
            return;
        compactDue = null;
        compaction.Start();
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellation)
    {
        var connection = await source.OpenConnectionAsync(cancellation);
        await using var command = new NpgsqlCommand($"LISTEN {Journal.Channel}", connection);
        await command.ExecuteNonQueryAsync(cancellation);
        return connection;
    }
}
