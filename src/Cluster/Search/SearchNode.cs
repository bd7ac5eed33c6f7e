using AgendaSearch.Cluster.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AgendaSearch.Cluster.Search;

/// <summary>
/// The search role: catches the local index up with the journal, then again whenever PostgreSQL notifies a
/// commit with journal entries (LISTEN) or <see cref="ClusterOptions.PollMilliseconds"/> passes, whichever is
/// first. When PostgreSQL is unreachable it keeps serving its index and tries again with backoff.
/// </summary>
public sealed class SearchNode(JournalFollower follower, NpgsqlDataSource source, ClusterOptions options, ILogger<SearchNode> logger) : BackgroundService
{
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
                    await follower.CatchUpAsync(stoppingToken);
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

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellation)
    {
        var connection = await source.OpenConnectionAsync(cancellation);
        await using var command = new NpgsqlCommand($"LISTEN {Journal.Channel}", connection);
        await command.ExecuteNonQueryAsync(cancellation);
        return connection;
    }
}
